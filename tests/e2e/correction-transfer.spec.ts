import { expect, test } from '@playwright/test';
import { BookPage } from './pages/book-page';
import { DossierPage } from './pages/dossier-page';
import { setUpDevice } from './support/device';
import { receiveBirthRegistration } from './support/receive';

// Two steps of the dossier page walked through the UI: correcting an intake mistake (kept as a
// correction event, the original still shown) and sending the dossier to another agency.

test.beforeEach(async ({ page }) => {
	await setUpDevice(page, { slot: 1 });
});

test('a corrected intake mistake shows the new value as current and keeps the original', async ({
	page
}) => {
	const code = await receiveBirthRegistration(page, 'Nguyễn Thị Hoa');
	const dossier = new DossierPage(page);
	await dossier.open(code);
	const applicant = dossier.applicant;
	const corrections = dossier.corrections;
	await expect(applicant).toContainText('Nguyễn Thị Hoa;');
	await expect(corrections).toHaveCount(0);

	await dossier.perform('Sửa sai sót khi tiếp nhận', {
		'Thông tin cần sửa': 'Tên người nộp hồ sơ',
		'Giá trị đúng': 'Nguyễn Thị Hòa',
		'Lý do': 'Ghi nhầm dấu trong họ tên'
	});
	await expect(dossier.done).toContainText('Sửa sai sót khi tiếp nhận');
	await expect(applicant).toContainText('Nguyễn Thị Hòa;');
	await expect(applicant).not.toContainText('Nguyễn Thị Hoa;');
	await expect(corrections).toHaveText(
		'Tên người nộp hồ sơ: “Nguyễn Thị Hoa” → “Nguyễn Thị Hòa” (lý do: Ghi nhầm dấu trong họ tên)'
	);

	// The same field corrected twice: the original written at the desk stays visible.
	await dossier.perform('Sửa sai sót khi tiếp nhận', {
		'Thông tin cần sửa': 'Số điện thoại',
		'Giá trị đúng': '0987654321',
		'Lý do': 'Công dân báo số điện thoại mới'
	});
	await expect(applicant).toContainText('0987654321');
	await dossier.perform('Sửa sai sót khi tiếp nhận', {
		'Thông tin cần sửa': 'Số điện thoại',
		'Giá trị đúng': '0987654322',
		'Lý do': 'Sửa lại số điện thoại ghi nhầm một chữ số'
	});
	await expect(applicant).toContainText('0987654322');
	await expect(corrections.locator('li')).toHaveCount(3);
	await expect(corrections.locator('li').nth(2)).toContainText(
		'Số điện thoại: “0912345678” → “0987654322”'
	);

	// A correction is an event: it survives a reload, in the timeline, and the status is unchanged.
	await page.reload();
	await expect(dossier.status).toContainText('Đã tiếp nhận (mã 2)');
	await expect(applicant).toContainText('Nguyễn Thị Hòa;');
	await expect(corrections.locator('li')).toHaveCount(3);
	const steps = dossier.steps;
	await expect(steps).toHaveCount(4);
	await expect(steps.nth(0)).toContainText('Tiếp nhận hồ sơ');
	await expect(steps.nth(1)).toContainText('Sửa thông tin hồ sơ');
	await expect(steps.nth(1)).toContainText('Tên người nộp hồ sơ: Nguyễn Thị Hoa → Nguyễn Thị Hòa');
	await expect(steps.nth(3)).toContainText('Số điện thoại: 0987654321 → 0987654322');

	// The tracking book follows the current value.
	const book = new BookPage(page);
	await book.open();
	await book.find('0987654322');
	await expect(book.rows).toHaveCount(1);
	await expect(book.rows.first()).toContainText('Nguyễn Thị Hòa');
});

test('a correction that breaks the field rule is refused next to the field', async ({ page }) => {
	const code = await receiveBirthRegistration(page, 'Lường Văn Thắng');
	const dossier = new DossierPage(page);
	await dossier.open(code);
	await dossier.perform('Sửa sai sót khi tiếp nhận', {
		'Thông tin cần sửa': 'Số lượng hồ sơ (bộ)',
		'Giá trị đúng': '0',
		'Lý do': 'Thử ghi số bộ không hợp lệ'
	});
	await expect(dossier.actionErrors.first()).toBeVisible();
	await expect(dossier.corrections).toHaveCount(0);
	await expect(dossier.steps).toHaveCount(1);
});

test('a transfer to another agency is on the timeline and moves the dossier into processing', async ({
	page
}) => {
	const code = await receiveBirthRegistration(page, 'Cà Thị Hương');
	const dossier = new DossierPage(page);
	await dossier.open(code);
	await expect(dossier.status).toContainText('Đã tiếp nhận (mã 2)');

	// No agency named: refused next to the field, nothing recorded.
	await dossier.perform('Chuyển cơ quan khác giải quyết', { 'Lý do': 'Thiếu tên cơ quan' });
	await expect(dossier.fieldError('transfer-to_agency')).toBeVisible();
	await expect(dossier.steps).toHaveCount(1);

	await dossier.field('transfer-to_agency').fill('Phòng Tư pháp - Hộ tịch xã Na Sơn');
	await dossier.field('transfer-reason').fill('Cần thẩm định trước khi trình ký');
	await dossier.record();
	await expect(dossier.status).toContainText('Đang xử lý (mã 4)');
	await dossier.perform('Chuyển cơ quan khác giải quyết', {
		'Cơ quan nhận hồ sơ chuyển đến': 'Trung tâm Phục vụ hành chính công tỉnh Điện Biên'
	});
	const transfers = dossier.transfers;
	await expect(transfers.locator('div')).toHaveCount(2);
	await expect(transfers.locator('div').nth(0)).toContainText('Phòng Tư pháp - Hộ tịch xã Na Sơn');
	await expect(transfers.locator('div').nth(1)).toContainText(
		'Trung tâm Phục vụ hành chính công tỉnh Điện Biên'
	);

	await page.reload();
	await expect(dossier.status).toContainText('Đang xử lý (mã 4)');
	const steps = dossier.steps;
	await expect(steps).toHaveCount(3);
	await expect(steps.nth(1)).toContainText('Chuyển cơ quan khác giải quyết');
	await expect(steps.nth(1)).toContainText('Phòng Tư pháp - Hộ tịch xã Na Sơn');
	await expect(steps.nth(1)).toContainText('Lò Văn Minh, thiết bị');
	await expect(steps.nth(2)).toContainText('Trung tâm Phục vụ hành chính công tỉnh Điện Biên');

	const book = new BookPage(page);
	await book.open();
	await book.find('ca thi huong');
	await expect(book.rows).toHaveCount(1);
	await expect(book.rows.first()).toContainText('Đang xử lý');
});
