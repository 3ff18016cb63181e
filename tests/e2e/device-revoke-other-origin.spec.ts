import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { startServer } from '../../server/main.js';
import { RevokedNoticeView, deviceIdOf, indexedDbDump } from './pages/device-notice';
import { SyncPage } from './pages/sync-page';
import { receiveInApp, syncInApp } from './support/in-app';

// Issue 19 against a CouchDB on another origin, as sync-other-origin.spec.ts: by default a second
// embedded server with CORS for the app; for a real Apache CouchDB provisioned for the app's
// origin: E2E_COUCHDB_URL=http://127.0.0.1:5984 E2E_COUCHDB_ADMIN=admin:pw E2E_COUCHDB_PASSWORD=pw
const run = promisify(execFile);
const external = process.env.E2E_COUCHDB_URL?.replace(/\/+$/, '');
const ADMIN = external ? (process.env.E2E_COUCHDB_ADMIN ?? '') : 'admin:province-admin';
const PASSWORD = external ? (process.env.E2E_COUCHDB_PASSWORD ?? '') : 'tinh-2026';
let province: { couchUrl: string; close: () => Promise<void> };
let dataDir: string;

test.beforeAll(async ({ baseURL }) => {
	if (external) {
		province = { couchUrl: external, close: async () => {} };
		return;
	}
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-province-'));
	province = await startServer({
		port: 0,
		host: '127.0.0.1',
		dataDir,
		buildDir: path.join(dataDir, 'no-app-here'),
		admin: { name: 'admin', password: 'province-admin' },
		demoPassword: PASSWORD,
		corsOrigin: new URL(baseURL ?? '').origin,
		processGuards: false
	});
});

test.afterAll(async () => {
	await province?.close();
	if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('revoked on the province CouchDB, the device wipes itself at its next sync', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const sync = new SyncPage(page);
	await sync.open();
	await sync.upstream.fill(province.couchUrl);
	await sync.logIn('officer-99902', PASSWORD);
	await sync.waitInSync();
	const code = await receiveInApp(page, 'Vàng Thị Dung');
	await syncInApp(page);
	const deviceId = await deviceIdOf(page);
	expect((await indexedDbDump(page)).text).toContain(code);

	const { stdout } = await run('node', [
		'scripts/devices.js',
		'revoke',
		'--url',
		province.couchUrl,
		'--admin',
		ADMIN,
		'--commune',
		'99902',
		'--device',
		deviceId
	]);
	expect(stdout).toContain(`revoked: ${deviceId}`);
	const notice = new RevokedNoticeView(page);
	await expect(notice.notice).toBeVisible({ timeout: 60_000 });
	const after = await indexedDbDump(page);
	expect(after.databases).not.toContain('_pouch_commune-99902');
	expect(after.text).not.toContain(code);
	expect(after.text).not.toContain(deviceId);
	await context.close();
});
