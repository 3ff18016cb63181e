import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BookPage } from './pages/book-page';
import { DossierPage } from './pages/dossier-page';
import { IntakePage } from './pages/intake-page';
import { PrintedFormPage } from './pages/printed-form-page';
import { PwaShell } from './pages/pwa-shell';
import { ReceiptPage } from './pages/receipt-page';
import { TodayPage } from './pages/today-page';
import { setUpDevice } from './support/device';

async function receive(page: Page, name: string, procedure = 'khai sinh'): Promise<string> {
	const intake = new IntakePage(page);
	await intake.open();
	await intake.fillBirthRegistration(name);
	if (procedure !== 'khai sinh') await intake.pickProcedure(procedure);
	await intake.save.click();
	const code = (await new ReceiptPage(page).code.textContent()) ?? '';
	expect(code).toMatch(/-\d{4}$/);
	return code;
}

/** A Vietnam date `days` from today, as the date input wants it. */
const vnDatePlus = (days: number) =>
	new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

test.beforeEach(async ({ page }) => {
	await setUpDevice(page, { slot: 1 });
});

test('a dossier walks through supplement, result and return; book and timeline follow', async ({
	page
}) => {
	const code = await receive(page, 'Nguyễn Thị Hoa');
	const dossier = new DossierPage(page);
	await dossier.open(code);
	await expect(dossier.status).toContainText('Đã tiếp nhận (mã 2)');

	await dossier.perform('Yêu cầu bổ sung hồ sơ', {
		'Giấy tờ, nội dung cần bổ sung (mỗi dòng một mục, ghi đủ một lần)':
			'Bản sao giấy chứng nhận kết hôn của cha mẹ',
		'Lý do': 'Thiếu giấy tờ chứng minh quan hệ cha mẹ',
		'Số phiếu': '01/HDHS'
	});
	await expect(dossier.status).toContainText('Yêu cầu bổ sung (mã 5)');
	const form = new PrintedFormPage(page);
	await form.openFromDossier('02');
	const notice = form.notice;
	await expect(notice).toContainText('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
	await expect(notice).toContainText('Bản sao giấy chứng nhận kết hôn của cha mẹ');
	await expect(notice).toContainText('Số: 01/HDHS');
	// Issue 18: the template line, and the contacts Form 02 asks for (DOMAIN.md 2.2).
	await expect(notice).toContainText('Mẫu số 02 — Thông tư 03/2025/TT-VPCP, Phụ lục I');
	await expect(form.contact).toContainText('Số điện thoại:');
	await expect(form.contact).toContainText('Email:');
	await expect(form.helpContact).toContainText('số điện thoại');
	await page.goBack();
	await dossier.perform('Đã nhận hồ sơ bổ sung');
	await expect(dossier.status).toContainText('(mã 4)');
	await dossier.perform('Ghi kết quả giải quyết', { 'Số văn bản kết quả': '15/TLKS' });
	await expect(dossier.status).toContainText('Đã xử lý xong (mã 9)');
	await dossier.perform('Trả kết quả', { 'Mức độ hài lòng': 'Rất hài lòng' });
	await expect(dossier.status).toContainText('Đã trả kết quả (mã 10)');

	for (const step of [
		'Tiếp nhận hồ sơ',
		'Yêu cầu bổ sung hồ sơ',
		'Nhận hồ sơ bổ sung',
		'Đã giải quyết',
		'Trả kết quả'
	]) {
		await expect(dossier.timeline).toContainText(step);
	}
	await expect(dossier.timeline).toContainText('Lò Văn Minh, thiết bị');
	// Outcomes and return methods in words, never their stored codes.
	await expect(dossier.timeline).toContainText('Giải quyết (chấp thuận) — 15/TLKS');
	await expect(dossier.timeline).toContainText('Tại bộ phận một cửa');
	await expect(dossier.timeline).not.toContainText('approved');
	await expect(dossier.timeline).not.toContainText('desk');

	const book = new BookPage(page);
	await book.open();
	await book.find('nguyen thi hoa');
	await expect(book.rows).toHaveCount(1);
	await expect(book.rows.first()).toContainText(code);
	await expect(book.rows.first()).toContainText('Đã trả kết quả');
	await book.find('5678');
	await expect(book.rows).toHaveCount(1);
	await book.find('tran van khong co');
	await expect(book.rows).toHaveCount(0);
});

test('a refusal keeps its legal reason; an apology moves the date once and only once', async ({
	page
}) => {
	const refused = await receive(page, 'Lò Thị Mai');
	const dossier = new DossierPage(page);
	await dossier.open(refused);
	await dossier.perform('Từ chối giải quyết', {
		'Lý do từ chối (ghi rõ căn cứ, không ghi mã lỗi)':
			'Người yêu cầu không thuộc trường hợp đăng ký khai sinh tại xã (Luật Hộ tịch Điều 13)',
		'Số phiếu': '01/TC'
	});
	await expect(dossier.status).toContainText('(mã 3)');
	await expect(dossier.timeline).toContainText('Luật Hộ tịch Điều 13');
	const form = new PrintedFormPage(page);
	await form.openFromDossier('03');
	await expect(form.refusalReason).toContainText('Luật Hộ tịch Điều 13');
	await form.printMedia();
	await expect(form.nav).toBeHidden();
	await form.screenMedia();

	const late = await receive(page, 'Quàng Văn Nam', 'tinh trang hon nhan');
	await dossier.open(late);
	const apology = {
		'Lý do': 'Cần xác minh thông tin tại nơi cư trú trước đây',
		'Ngày hẹn trả mới': vnDatePlus(20),
		'Số phiếu': '01/PXL'
	};
	await dossier.perform('Xin lỗi và hẹn lại ngày trả', apology);
	await expect(dossier.done).toContainText('Xin lỗi và hẹn lại ngày trả');
	await expect(dossier.appointment).toContainText('Hẹn ban đầu');
	await form.openFromDossier('04');
	const [y, m, d] = vnDatePlus(20).split('-');
	await expect(form.apologyDate).toHaveText(`ngày ${d} tháng ${m} năm ${y}`);
	// TT 03/2025 Form 04's title (DOMAIN.md decision), not TT 01/2018's.
	await expect(form.formTitle).toHaveText(
		'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT'
	);
	await page.goBack();
	await expect(dossier.status).toBeVisible();
	await dossier.perform('Xin lỗi và hẹn lại ngày trả', { ...apology, 'Số phiếu': '02/PXL' });
	await expect(dossier.actionErrors.first()).toContainText(/một lần|once/);
});

test('the book finds overdue dossiers when their day has passed', async ({ page }) => {
	const code = await receive(page, 'Hoàng Thị Lan');
	await page.clock.install({ time: new Date(Date.now() + 30 * 86_400_000) });
	const book = new BookPage(page);
	await book.open('?overdue=1');
	await expect(book.rows).toHaveCount(1);
	await expect(book.rows.first()).toContainText(code);
	await expect(book.rows.first()).toContainText('QUÁ HẠN');
	const today = new TodayPage(page);
	await today.open();
	await expect(today.overdue).toContainText(code);
});

test('book, today and dossier pages pass axe and fit a 360 px phone', async ({ page }) => {
	const code = await receive(page, 'Đặng Thị Thu');
	const serious = async () =>
		(await new AxeBuilder({ page }).analyze()).violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => v.id);
	const shell = new PwaShell(page);
	for (const path of ['/book', '/today', `/dossiers/${code}`]) {
		await page.goto(path);
		await expect(shell.heading).toBeVisible();
		expect(await serious()).toEqual([]);
	}
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/dossiers/${code}`);
	await expect(new DossierPage(page).status).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
