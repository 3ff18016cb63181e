import { expect, test } from '@playwright/test';
import { IntakePage } from './pages/intake-page';
import { ReceiptPage } from './pages/receipt-page';
import { setUpDevice } from './support/device';

// Police residence procedures name their own receipt (CT04, TT 66/2023/TT-BCA; DOMAIN.md 1.3,
// 2.1). DOMAIN.md lists no CT04 fields of its own, so the slip keeps Form 01's fields under the
// CT04 title.

test.beforeEach(async ({ page }) => {
	await setUpDevice(page, { slot: 1 });
});

test('a residence procedure prints the CT04 title with the Form 01 fields', async ({ page }) => {
	const intake = new IntakePage(page);
	await intake.open();
	await intake.pickProcedure('dang ky tam tru');
	await expect(intake.chosen).toContainText('1.004194');
	await intake.name.fill('Giàng A Páo');
	await intake.citizenId.fill('011095001234');
	await intake.phone.fill('0912 345 679');
	await intake.address.fill('Bản Huổi Só, xã Na Sơn, tỉnh Điện Biên');
	await intake.save.click();

	const receipt = new ReceiptPage(page);
	await expect(receipt.code).toHaveText(/-\d{4}$/);
	await page.emulateMedia({ media: 'print' });
	await expect(receipt.sheet.getByRole('heading', { level: 2 })).toHaveText(
		'PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ (Mẫu CT04)'
	);
	await expect(receipt.sheet).toContainText('Giàng A Páo');
	await expect(receipt.sheet).toContainText('Đăng ký tạm trú');
	await expect(receipt.appointment).toBeVisible();
});
