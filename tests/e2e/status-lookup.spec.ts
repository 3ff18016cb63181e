import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { BookPage } from './pages/book-page';
import { DossierPage } from './pages/dossier-page';
import { StatusLookupPage } from './pages/status-lookup-page';
import { SyncPage } from './pages/sync-page';
import { navigate, receiveInApp, syncInApp } from './support/in-app';

// Issue 16, part 2: the receipt's QR opens a public page of the same app, with no login, that
// reads the dossier's status from the upstream's status database and shows nothing personal.
// The officer's device runs without a service worker so its sync runs in the page (as in
// sync-devices.spec.ts).

const CITIZEN = 'Nguyễn Văn Chung';

async function officerDevice(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn('officer-99901');
	await sync.waitInSync();
	return page;
}

/** The status lane runs right after the records' push: ask again until it has arrived. */
async function waitForStatus(lookup: StatusLookupPage, words: string): Promise<void> {
	await expect(async () => {
		await lookup.askAgain();
		await expect(lookup.statusWords).toHaveText(words, { timeout: 1000 });
	}).toPass({ timeout: 30_000 });
}

test('a citizen reads the status from the receipt QR with no login, and sees the supplement', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const officer = await officerDevice(browser);
	const code = await receiveInApp(officer, CITIZEN);
	const url = (await officer.getByTestId('receipt-lookup-url').textContent())?.trim() ?? '';
	expect(url).toMatch(new RegExp(`^${baseURL}/tra-cuu/99901-[0-9A-HJKMNP-TV-Z]{16}$`));
	await expect(officer.getByRole('img', { name: `QR: ${code}` })).toHaveAttribute('data-qr', url);
	await syncInApp(officer);

	// A phone that never logged in: no session, no cookies.
	const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await phone.newPage();
	const lookup = new StatusLookupPage(page);
	await lookup.open(url);
	await expect(lookup.heading).toHaveText('Tra cứu tình trạng hồ sơ');
	await waitForStatus(lookup, 'Đã tiếp nhận');
	await expect(lookup.procedure).toContainText('Đăng ký khai sinh');
	await expect(lookup.appointment).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
	await expect(lookup.supplement).toHaveText('Không cần bổ sung');
	await expect(lookup.where).toContainText('Trung tâm Phục vụ hành chính công xã Na Sơn');
	await expect(page.getByText(code)).toBeVisible();
	await expect(page.locator('body')).not.toContainText(CITIZEN);
	await expect(lookup.nav).toHaveCount(0);
	const serious = (await new AxeBuilder({ page }).analyze()).violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => v.id)).toEqual([]);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);

	// What the upstream hands out publicly: the allowed fields only, and no listing or write.
	const publicId = url.split('/tra-cuu/')[1] ?? '';
	const [commune, token] = publicId.split('-');
	const answer = await page.request.get(`/status/${commune}/${token}`);
	expect(answer.status()).toBe(200);
	const body = (await answer.json()) as Record<string, unknown>;
	expect(Object.keys(body).sort()).toEqual(
		[
			'_id',
			'appointment_at',
			'code',
			'commune',
			'procedure_code',
			'procedure_name',
			'status',
			'supplement_needed',
			'type',
			'unit_address',
			'unit_name',
			'updated_at'
		].sort()
	);
	expect(JSON.stringify(body)).not.toContain(CITIZEN);
	expect((await page.request.get('/couchdb/status-99901/_all_docs')).status()).toBe(401);
	expect((await page.request.get('/status/99901/_all_docs')).status()).toBe(404);
	const write = await page.request.put(`/couchdb/status-99901/${token}`, {
		data: { ...body, name: CITIZEN }
	});
	expect(write.status()).toBe(401);
	expect((await page.request.put(`/status/${commune}/${token}`, { data: body })).status()).toBe(
		403
	);

	// The officer asks for more papers and syncs: the public page says a supplement is needed.
	const dossier = new DossierPage(officer);
	await navigate(officer, 'Sổ theo dõi');
	await new BookPage(officer).openDossier(code);
	await dossier.perform('Yêu cầu bổ sung hồ sơ', {
		'Giấy tờ, nội dung cần bổ sung (mỗi dòng một mục, ghi đủ một lần)': 'Giấy chứng sinh bản gốc',
		'Lý do': 'Giấy chứng sinh nộp là bản chụp',
		'Số phiếu': '01/HDHS'
	});
	await expect(dossier.status).toContainText('Yêu cầu bổ sung (mã 5)');
	await syncInApp(officer);
	await waitForStatus(lookup, 'Yêu cầu bổ sung');
	await expect(lookup.supplement).toContainText('Cần bổ sung giấy tờ');
	await expect(page.locator('body')).not.toContainText(CITIZEN);
	await page.screenshot({ path: 'docs/screenshots/status-lookup.png', fullPage: true });

	// The lookup form takes the code as printed (grouped) and opens the same page.
	await page.goto('/tra-cuu');
	await lookup.lookUp('99901-1234');
	await expect(page.getByText('Mã tra cứu gồm mã xã (5 chữ số)')).toBeVisible();
	await lookup.lookUp(`${commune}-${(token ?? '').replace(/(.{4})(?=.)/g, '$1-').toLowerCase()}`);
	await expect(page).toHaveURL(url);
	await expect(lookup.statusWords).toHaveText('Yêu cầu bổ sung');

	// Offline, the page says so in Vietnamese instead of failing.
	await phone.setOffline(true);
	await lookup.askAgain();
	await expect(lookup.problem).toContainText('Máy đang mất mạng');
	await phone.setOffline(false);

	// A USB scanner types the QR's URL and Enter into the book's search: the dossier opens.
	await navigate(officer, 'Sổ theo dõi');
	await new BookPage(officer).find(url);
	await expect(officer).toHaveURL(new RegExp(`/dossiers/${code.replace(/\./g, '\\.')}$`));
	await expect(dossier.status).toContainText('Yêu cầu bổ sung (mã 5)');
});
