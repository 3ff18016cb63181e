import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { SyncPage } from './pages/sync-page';
import { RevokedNoticeView, deviceIdOf, indexedDbDump } from './pages/device-notice';
import { receiveInApp, syncInApp } from './support/in-app';

// Issue 19: the upstream office revokes a device with its command; at its next contact the
// device stops syncing, wipes its data and says so; upstream refuses its writes.
const run = promisify(execFile);
// The embedded server's admin (`npm start` default COUCH_ADMIN).
const ADMIN = 'admin:motcua-admin';
const OFFICER = `Basic ${Buffer.from('officer-99901:motcua').toString('base64')}`;

test('a revoked device wipes every dossier at its next sync and says so in Vietnamese', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const couch = `${baseURL}/couchdb`;
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn('officer-99901');
	await sync.waitInSync();
	const name = 'Hoàng Thị Thu Thảo';
	const code = await receiveInApp(page, name);
	await syncInApp(page);
	const deviceId = await deviceIdOf(page);
	const before = await indexedDbDump(page);
	expect(before.text).toContain(code);
	// Issue 19: the name is sealed at rest; the code (the record's id) is not.
	expect(before.text).not.toContain(name);

	const { stdout } = await run('node', [
		'scripts/devices.js',
		'revoke',
		'--url',
		couch,
		'--admin',
		ADMIN,
		'--commune',
		'99901',
		'--device',
		deviceId
	]);
	expect(stdout).toContain(`revoked: ${deviceId}`);

	// Next contact: the live sync pulls the revocation; the device wipes itself and reloads.
	const notice = new RevokedNoticeView(page);
	await expect(notice.notice).toBeVisible({ timeout: 30_000 });
	await expect(notice.notice).toContainText('Cấp trên đã thu hồi máy này lúc');
	await expect(notice.notice).toContainText('đã được xoá');

	const after = await indexedDbDump(page);
	expect(after.databases).not.toContain('_pouch_commune-99901');
	expect(after.text).not.toContain(code);
	expect(after.text).not.toContain(name);
	expect(after.text).not.toContain(deviceId);
	// Drafts are gone with the rest; PouchDB's own adapter flags come back with the new runtime.
	const stored = await page.evaluate(() => Object.keys(localStorage));
	expect(stored.filter((k) => !k.startsWith('_pouch_'))).toEqual(['motcua.revoked']);
	// It is a new, unenrolled device now: sync is off.
	await sync.open();
	await expect(sync.login).toBeVisible();

	// Upstream keeps what it had and refuses anything new in the revoked device's name.
	const kept = await fetch(`${couch}/commune-99901/dossier:${code}`, {
		headers: { Authorization: OFFICER }
	});
	expect(kept.status).toBe(200);
	const id = `event:${code}:1773100000000-0000:${deviceId}:000099`;
	const late = await fetch(`${couch}/commune-99901/${encodeURIComponent(id)}`, {
		method: 'PUT',
		headers: { Authorization: OFFICER, 'Content-Type': 'application/json' },
		body: JSON.stringify({ _id: id, type: 'event', kind: 'note', device_id: deviceId })
	});
	expect(late.status).toBe(403);
	expect(((await late.json()) as { reason: string }).reason).toMatch(/revoked/);
	await context.close();
});
