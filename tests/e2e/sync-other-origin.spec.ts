import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../../server/main.js';
import { LockPage } from './pages/lock-page';
import { SyncPage } from './pages/sync-page';
import { receiveInApp, syncInApp } from './support/in-app';

// A province's CouchDB on another origin (issue 14, point 5): by default a second embedded
// server on its own port, provisioned with CORS for the app's origin (`--cors-origin`, as
// docs/DEPLOY.md tells the administrator), nothing of it served with the app. To drill a real
// Apache CouchDB instead, provision it for the app's origin and name it (docs/DEPLOY.md, step 6):
//   E2E_COUCHDB_URL=http://127.0.0.1:5984 E2E_COUCHDB_ADMIN=admin:pw E2E_COUCHDB_PASSWORD=pw
const external = process.env.E2E_COUCHDB_URL?.replace(/\/+$/, '');
const [adminName = 'admin', ...adminRest] = (process.env.E2E_COUCHDB_ADMIN ?? '').split(':');
const ADMIN = external
	? { name: adminName, password: adminRest.join(':') }
	: { name: 'admin', password: 'province-admin' };
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
		admin: ADMIN,
		demoPassword: PASSWORD,
		corsOrigin: new URL(baseURL ?? '').origin,
		processGuards: false
	});
});

test.afterAll(async () => {
	await province?.close();
	if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The commune's documents as the province's server holds them. */
async function provinceDocs(commune: string): Promise<Array<{ id: string }>> {
	const auth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
	const res = await fetch(`${province.couchUrl}/commune-${commune}/_all_docs`, {
		headers: { authorization: auth }
	});
	expect(res.status).toBe(200);
	return ((await res.json()) as { rows: Array<{ id: string }> }).rows;
}

test('an address that is not http(s) is refused next to the field, and nothing is kept', async ({
	page
}) => {
	const sync = new SyncPage(page);
	await sync.open();
	await sync.upstream.fill('ftp://x');
	await sync.logIn('officer-99901', PASSWORD);
	await expect(sync.upstreamError).toHaveText(
		'Máy chủ cấp trên: phải là địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://, không có dấu ? hay #.'
	);
	await expect(sync.upstream).toHaveAttribute('aria-invalid', 'true');
	await page.reload();
	await expect(sync.upstream).toHaveValue('');
	await expect(sync.login).toBeVisible();
});

test('enrolled against a CouchDB on another origin, the device syncs its intake there', async ({
	page
}) => {
	const sync = new SyncPage(page);
	await sync.open();
	await sync.upstream.fill(province.couchUrl);
	await sync.logIn('officer-99901', PASSWORD);
	await sync.waitInSync();
	await expect(sync.upstreamShown).toHaveText(`Máy chủ cấp trên: ${province.couchUrl}`);
	// Provisioning exposes Date to the app's origin, so the clock is checked across origins.
	await expect(sync.clock).toHaveText(/^Đồng hồ máy khớp với máy chủ \(lệch \d+ phút\)\.$/);

	const code = await receiveInApp(page, 'Lò Thị Mai');
	await syncInApp(page);
	await expect
		.poll(async () => (await provinceDocs('99901')).some((r) => r.id === `dossier:${code}`))
		.toBe(true);

	// After a reload the device unlocks and keeps syncing with the province, not the app's origin.
	await page.reload();
	await new LockPage(page).unlockIfLocked(PASSWORD);
	await expect(sync.upstreamShown).toHaveText(`Máy chủ cấp trên: ${province.couchUrl}`);
	await sync.waitInSync();
});
