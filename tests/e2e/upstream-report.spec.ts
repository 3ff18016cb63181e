import { expect, test, type Browser, type Page } from '@playwright/test';
import { SyncPage } from './pages/sync-page';
import { UpstreamReportPage } from './pages/upstream-report-page';
import { receiveInApp, syncInApp } from './support/in-app';

// The upstream office reads the communes' databases over the network: no service worker, as in
// the other sync specs.
async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	return context.newPage();
}

async function receivedUpstream(report: UpstreamReportPage): Promise<number> {
	await expect(report.commune('Na Sơn')).toBeVisible({ timeout: 20_000 });
	return Number(await report.figure('received').textContent());
}

test('the upstream report reads every commune through the same report screen', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const office = new UpstreamReportPage(await newPage(browser));
	await office.open();
	await office.waitForTitle();
	const before = await receivedUpstream(office);

	const commune = await newPage(browser);
	const sync = new SyncPage(commune);
	await sync.open();
	await sync.logIn('officer-99901');
	await sync.waitInSync();
	await receiveInApp(commune, 'Lò Văn Tiến');
	await syncInApp(commune);

	await office.open();
	// Other specs may add dossiers at the same time: at least this one is counted now.
	await expect
		.poll(() => receivedUpstream(office), { timeout: 20_000 })
		.toBeGreaterThanOrEqual(before + 1);
	await expect(office.digitised.getByRole('row').filter({ hasText: 'Na Sơn' })).toBeVisible();
	await expect(office.xlsx).toBeVisible();
});

test('a wrong upstream password is said in Vietnamese, with no figures read', async ({
	browser
}) => {
	const office = new UpstreamReportPage(await newPage(browser));
	await office.open('upstream', 'sai-mat-khau');
	await expect(office.page.getByRole('alert').first()).toContainText(
		'sai tên đăng nhập hoặc mật khẩu'
	);
	await expect(office.commune('Na Sơn')).toHaveCount(0);
});
