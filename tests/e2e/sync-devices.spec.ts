import { expect, test, type Browser, type Page } from '@playwright/test';
import { BookPage } from './pages/book-page';
import { CatalogPage } from './pages/catalog-page';
import { DossierPage } from './pages/dossier-page';
import { ReceiptPage } from './pages/receipt-page';
import { SyncPage } from './pages/sync-page';
import { navigate, receiveInApp, syncInApp } from './support/in-app';

// Playwright's offline emulation does not cover requests a service worker passes to the network,
// so these devices run without one (the sync itself runs in the page).
async function device(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn('officer-99901');
	await sync.waitInSync();
	return page;
}

async function openDossier(page: Page, code: string) {
	await navigate(page, 'Sổ theo dõi');
	await new BookPage(page).openDossier(code);
	await expect(new DossierPage(page).status).toBeVisible();
}

test('two devices work offline on the same commune and converge when back online', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const a = await device(browser);
	const b = await device(browser);
	const shared = await receiveInApp(a, 'Nguyễn Văn Chung');
	await syncInApp(a);
	await syncInApp(b);
	await navigate(b, 'Sổ theo dõi');
	// Other specs may have synced dossiers into this commune before: count from what B holds now.
	await expect(new BookPage(b).rows.filter({ hasText: shared })).toHaveCount(1);
	const before = await new BookPage(b).rows.count();

	// Without a service worker, a route's code must have been loaded once before going offline.
	for (const page of [a, b]) {
		await navigate(page, 'Tiếp nhận hồ sơ');
		await openDossier(page, shared);
		await new DossierPage(page).reprintReceipt();
		await expect(new ReceiptPage(page).code).toHaveText(shared);
	}
	await a.context().setOffline(true);
	await b.context().setOffline(true);
	const fromA = await receiveInApp(a, 'Lò Thị Ánh');
	const fromB = await receiveInApp(b, 'Quàng Văn Bảo');
	expect(fromA).not.toBe(fromB);
	for (const [page, text] of [
		[a, 'Thiết bị A gọi điện báo công dân'],
		[b, 'Thiết bị B nhận thêm giấy tờ']
	] as const) {
		const dossier = new DossierPage(page);
		await openDossier(page, shared);
		await dossier.perform('Thêm ghi chú', { 'Nội dung ghi chú': text });
		await expect(dossier.timeline).toContainText(text);
		// Both record the result offline: one of the two is a contradiction once they meet.
		await dossier.perform('Ghi kết quả giải quyết', {
			'Số văn bản kết quả': page === a ? '21/A' : '22/B'
		});
	}

	await a.context().setOffline(false);
	await b.context().setOffline(false);
	for (const page of [a, b]) await syncInApp(page);
	await syncInApp(a);
	for (const page of [a, b]) {
		await navigate(page, 'Sổ theo dõi');
		await expect(new BookPage(page).rows).toHaveCount(before + 2);
		const dossier = new DossierPage(page);
		await openDossier(page, shared);
		await expect(dossier.timeline).toContainText('Thiết bị A gọi điện báo công dân');
		await expect(dossier.timeline).toContainText('Thiết bị B nhận thêm giấy tờ');
		// The second result is shown, flagged in words, and changed nothing.
		const flags = dossier.alert('Điểm bất thường cần kiểm tra');
		await expect(flags.locator('li')).toHaveCount(1);
		await expect(flags).toContainText('Đã giải quyết (');
		await expect(flags).toContainText(`Hồ sơ ${shared} đã được giải quyết xong`);
		await expect(flags).toContainText('không làm thay đổi hồ sơ');
		await expect(flags).not.toContainText('already_resolved');
	}
});

test('a catalog change made upstream reaches the commune app', async ({ browser, baseURL }) => {
	const a = await device(browser);
	const url = `${baseURL}/couchdb/catalog/procedure:1.001193`;
	const auth = `Basic ${Buffer.from('upstream:motcua').toString('base64')}`;
	const current = (await (await fetch(url, { headers: { Authorization: auth } })).json()) as {
		name: string;
	};
	const renamed = { ...current, name: 'Đăng ký khai sinh (đúng hạn)' };
	const put = await fetch(url, {
		method: 'PUT',
		headers: { Authorization: auth, 'Content-Type': 'application/json' },
		body: JSON.stringify(renamed)
	});
	expect(put.status).toBe(201);
	await navigate(a, 'Danh mục thủ tục');
	await expect(new CatalogPage(a).mention('Đăng ký khai sinh (đúng hạn)')).toBeVisible({
		timeout: 20_000
	});
});
