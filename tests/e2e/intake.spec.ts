import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { IntakePage } from './pages/intake-page';
import { PwaShell } from './pages/pwa-shell';
import { ReceiptPage } from './pages/receipt-page';
import { setUpDevice } from './support/device';
import { vnYymmdd } from './support/vn-date';

test.beforeEach(async ({ page }) => {
	await setUpDevice(page, { slot: 1 });
});

test('a birth registration is received with the keyboard only and its receipt printed', async ({
	page
}) => {
	const intake = new IntakePage(page);
	await intake.open();
	await intake.procedure.focus();
	await page.keyboard.type('khai sinh');
	await page.keyboard.press('Enter');
	await expect(intake.chosen).toContainText('1.001193 — Đăng ký khai sinh');
	await expect(intake.appointment).toContainText('Hẹn trả kết quả:');

	// Tab order: procedure → time-limit question (one stop, the ordinary answer ticked) →
	// applicant kind → name → citizen id → phone → e-mail → address.
	await page.keyboard.press('Tab');
	await expect(intake.timeLimitCase(/^Đăng ký khai sinh riêng/)).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(intake.person).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(intake.name).toBeFocused();
	await page.keyboard.type('Nguyễn Thị Hoa');
	await page.keyboard.press('Tab');
	await expect(intake.citizenId).toBeFocused();
	await page.keyboard.type('001185012345');
	await page.keyboard.press('Tab');
	await page.keyboard.type('0912345678');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(intake.address).toBeFocused();
	await page.keyboard.type('Bản Na Sơn, xã Na Sơn, tỉnh Điện Biên');
	await page.keyboard.press('Control+Enter');

	const receipt = new ReceiptPage(page);
	const code = `000.01.11.H99-${vnYymmdd()}-1001`;
	await expect(receipt.code).toHaveText(code);
	await expect(page).toHaveURL(new RegExp(`/dossiers/${code.replace(/\./g, '\\.')}/receipt$`));
	await expect(receipt.sheet).toContainText('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
	await expect(receipt.sheet).toContainText('Nguyễn Thị Hoa');
	await expect(receipt.sheet).toContainText('Nội dung yêu cầu giải quyết: Đăng ký khai sinh');
	await expect(receipt.sheet).toContainText('Tờ khai đăng ký khai sinh');
	await expect(receipt.sheet).toContainText('Quyển số: 2 Số thứ tự: 1');
	await expect(receipt.appointment).toContainText(/\d{2} giờ \d{2} phút, ngày \d{2} tháng \d{2}/);
	await expect(receipt.sheet.locator('svg')).toBeVisible();

	// On paper: the slip only, no app chrome.
	await page.emulateMedia({ media: 'print' });
	const shell = new PwaShell(page);
	await expect(shell.banner).toBeHidden();
	await expect(shell.nav).toBeHidden();
	await expect(receipt.print).toBeHidden();
	await expect(receipt.sheet).toBeVisible();
});

test('issue 18: the one question picks the time limit (Luật Hộ tịch Art 18(2)), the exemption and the photocopies print on the receipt', async ({
	page
}) => {
	const intake = new IntakePage(page);
	await intake.open();
	await intake.pickProcedure('dang ky ket hon');
	await expect(intake.chosen).toContainText('1.000894');
	await expect(intake.timeLimitCase(/^Không cần xác minh — Trong ngày/)).toBeChecked();
	const sameDay = (await intake.appointment.textContent()) ?? '';
	await intake.timeLimitCase(/^Cần xác minh điều kiện kết hôn — 5 ngày làm việc/).check();
	await expect(intake.appointment).not.toHaveText(sameDay);
	await intake.name.fill('Nguyễn Thị Hoa');
	await intake.citizenId.fill('001185012345');
	await intake.address.fill('Bản Na Sơn, xã Na Sơn, tỉnh Điện Biên');
	await intake.feeExemption.selectOption({
		label: 'Đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước (Luật Hộ tịch 2014, Điều 11)'
	});
	await intake.photocopies.first().fill('2');
	await intake.save.click();

	const receipt = new ReceiptPage(page);
	await receipt.printedCode();
	await expect(receipt.timeLimit).toContainText('5 ngày làm việc');
	await expect(receipt.timeLimit).toContainText(
		'Trường hợp: Cần xác minh điều kiện kết hôn (Luật Hộ tịch 2014, Điều 18(2))'
	);
	await expect(receipt.feeExempt).toHaveText(
		'Phí, lệ phí: miễn (Đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước — Luật Hộ tịch 2014, Điều 11)'
	);
	await expect(receipt.sheet.getByRole('columnheader', { name: 'Bản chụp' })).toBeVisible();
	await expect(receipt.sheet.getByRole('row').nth(1).getByRole('cell').nth(4)).toHaveText('2');
});

test('bad input is refused next to the fields, in Vietnamese, and nothing is saved', async ({
	page
}) => {
	const intake = new IntakePage(page);
	await intake.open();
	await intake.pickProcedure('khai sinh');
	await intake.citizenId.fill('12345');
	const declaration = intake.document(/Tờ khai đăng ký khai sinh/);
	await declaration.uncheck();
	await intake.save.click();
	await expect(intake.fieldError('applicant-name')).toContainText('Tên người nộp hồ sơ');
	await expect(intake.fieldError('applicant-citizen-id')).toContainText('Số định danh cá nhân');
	await expect(intake.name).toHaveAttribute('aria-invalid', 'true');
	await expect(intake.name).toBeFocused();
	await expect(page).toHaveURL(/\/intake$/);
	// The form is valid but a required document is missing: the dossier is not received.
	await intake.fillBirthRegistration();
	await declaration.uncheck();
	await intake.save.click();
	await expect(intake.fieldError('documents')).toContainText('Tờ khai đăng ký khai sinh');
	// Nothing half-stored: once complete, the first dossier still gets sequence 1001.
	await declaration.check();
	await intake.save.click();
	await expect(new ReceiptPage(page).code).toHaveText(`000.01.11.H99-${vnYymmdd()}-1001`);
});

test('a half-filled form survives a reload', async ({ page }) => {
	const intake = new IntakePage(page);
	await intake.open();
	await intake.pickProcedure('khai sinh');
	await intake.name.fill('Lò Thị Mai');
	await page.reload();
	await expect(intake.name).toHaveValue('Lò Thị Mai');
	await expect(intake.chosen).toContainText('1.001193');
	await intake.reset.click();
	await page.reload();
	await expect(intake.name).toHaveValue('');
});

test('the intake screen works on a 360 px phone, with edited counts', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const intake = new IntakePage(page);
	await intake.open();
	await intake.fillBirthRegistration('Quàng Văn Nam');
	await intake.sets.fill('2');
	await intake.copies.first().fill('1');
	await intake.save.click();
	await expect(new ReceiptPage(page).code).toHaveText(/-1001$/);
	await expect(new ReceiptPage(page).sheet).toContainText('Số lượng hồ sơ: 02 (bộ)');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(overflow).toBeLessThanOrEqual(360);
});

test('intake and receipt have no serious accessibility violations', async ({ page }) => {
	const intake = new IntakePage(page);
	await intake.open();
	await intake.pickProcedure('khai sinh');
	const before = await new AxeBuilder({ page }).analyze();
	const serious = (r: typeof before) =>
		r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
	expect(serious(before)).toEqual([]);
	await intake.fillBirthRegistration();
	await intake.save.click();
	await expect(new ReceiptPage(page).code).toBeVisible();
	expect(serious(await new AxeBuilder({ page }).analyze())).toEqual([]);
});
