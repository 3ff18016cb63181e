import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BookPage } from './pages/book-page';
import { DossierPage } from './pages/dossier-page';
import { KioskPage } from './pages/kiosk-page';
import { PwaShell } from './pages/pwa-shell';
import { ReportPage } from './pages/report-page';
import { SyncPage } from './pages/sync-page';
import { navigate, receiveInApp, syncInApp } from './support/in-app';

const UPSTREAM = `Basic ${Buffer.from('upstream:motcua').toString('base64')}`;

/** The events of dossier `code` upstream, read with the upstream account. */
async function upstreamEvents(base: string, code: string): Promise<{ kind: string }[]> {
	const key = (s: string) => encodeURIComponent(JSON.stringify(s));
	const res = await fetch(
		`${base}/couchdb/commune-99901/_all_docs?include_docs=true&startkey=${key(`event:${code}:`)}&endkey=${key(`event:${code}:\uffff`)}`,
		{ headers: { Authorization: UPSTREAM } }
	);
	const body = (await res.json()) as { rows: { doc: { kind: string } }[] };
	return body.rows.map((r) => r.doc);
}

test('at return the citizen rates on the kiosk offline; only the officer gets the book back; the rating syncs and the 766 figure counts it', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	// Code loaded online through the service worker, then the network is cut (as at the counter).
	const context = await browser.newContext();
	const page = await context.newPage();
	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn('officer-99901');
	await sync.waitInSync();
	const code = await receiveInApp(page, 'Lò Thị Ngân');
	await navigate(page, 'Sổ theo dõi');
	await new BookPage(page).openDossier(code);
	const dossier = new DossierPage(page);
	await dossier.perform('Ghi kết quả giải quyết', { 'Số văn bản kết quả': '21/TLKS' });
	await expect(dossier.status).toContainText('(mã 9)');
	await dossier.perform('Trả kết quả');
	await expect(dossier.status).toContainText('(mã 10)');

	// Only once the service worker holds the app's code: the kiosk's own code is loaded offline.
	await new PwaShell(page).waitForOfflineReady();
	await context.setOffline(true);
	await page.getByRole('link', { name: 'Mời công dân đánh giá (màn hình cho công dân)' }).click();
	const kiosk = new KioskPage(page);
	await expect(kiosk.heading).toBeVisible();
	await expect(kiosk.mainNav).toHaveCount(0);
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.screenshot({ path: 'docs/screenshots/kiosk.png' });
	await kiosk.answer('Không hài lòng').click();
	await expect(kiosk.thanks).toContainText('Cảm ơn ông/bà đã đánh giá');

	// The back button does not lead into the book; a wrong password keeps the screen.
	await page.goBack();
	await expect(kiosk.thanks).toBeVisible();
	await kiosk.releaseWith('khong-dung');
	await expect(kiosk.passwordError).toHaveText(
		'Mật khẩu không đúng. Màn hình vẫn dành cho công dân.'
	);
	await expect(kiosk.thanks).toBeVisible();
	await kiosk.password.fill('motcua');
	await kiosk.release.click();
	await expect(dossier.status).toContainText('(mã 10)');
	await expect(dossier.timeline).toContainText('Đánh giá mức độ hài lòng');

	// Back in range: the evaluation goes upstream, and the report counts it as a dislike.
	await context.setOffline(false);
	await syncInApp(page);
	await expect
		.poll(async () => (await upstreamEvents(baseURL ?? '', code)).map((e) => e.kind))
		.toContain('evaluated');
	await navigate(page, 'Báo cáo');
	const report = new ReportPage(page);
	await expect(report.figure('disliked')).not.toHaveText('0');
	await context.close();
});
