import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DossierPage } from './pages/dossier-page';
import { PrintedFormPage } from './pages/printed-form-page';
import { setUpDevice } from './support/device';
import { receiveBirthRegistration } from './support/receive';

// Forms 05 (stop notice) and 06 (processing-control slip) of TT 03/2025, printed from the
// dossier's events and checked as the printer sees them.

const AGENCY = 'Phòng Văn hóa - Xã hội xã Na Sơn';
const TIME = /\d{2} giờ \d{2} phút, ngày \d{2} tháng \d{2} năm \d{4}/;

const seriousViolations = async (page: Page) =>
	(await new AxeBuilder({ page }).analyze()).violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => v.id);

test.beforeEach(async ({ page }) => {
	await setUpDevice(page, { slot: 1 });
});

test('form 05: a withdrawn dossier prints its stop notice with the stage reached', async ({
	page
}) => {
	const code = await receiveBirthRegistration(page, 'Lò Thị Xuân');
	const dossier = new DossierPage(page);
	await dossier.open(code);
	await expect(dossier.printLink('05')).toHaveCount(0);
	await dossier.perform('Phân công xử lý', {
		'Họ tên người xử lý': 'Quàng Thị Lan',
		'Mã cán bộ xử lý': 'cb-02'
	});
	await expect(dossier.status).toContainText('(mã 4)');
	// Issue 18: national code 7 before the stop (8), which Form 05 then notifies.
	await dossier.perform('Ghi nhận công dân xin rút hồ sơ', {
		'Lý do': 'Công dân xin rút hồ sơ để bổ sung giấy tờ và nộp lại sau'
	});
	await expect(dossier.status).toContainText('Công dân yêu cầu rút hồ sơ (mã 7)');
	await dossier.perform('Công dân rút hồ sơ', {
		'Lý do': 'Công dân xin rút hồ sơ để bổ sung giấy tờ và nộp lại sau',
		'Số phiếu': '01/TB-DG'
	});
	await expect(dossier.status).toContainText('Dừng xử lý (mã 8)');

	const form = new PrintedFormPage(page);
	await form.openFromDossier('05');
	await expect(form.stopNotice).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await form.printMedia();
	await expect(form.nav).toBeHidden();
	await expect(form.printButton).toBeHidden();
	const notice = form.stopNotice;
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('heading', { level: 2 })).toHaveText(
		'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ'
	);
	await expect(notice).toContainText('Số: 01/TB-DG');
	await expect(notice).toContainText('Kính gửi: Lò Thị Xuân');
	await expect(form.stopReceived).toContainText(`Mã hồ sơ: ${code}`);
	await expect(form.stopReceived).toContainText('Đăng ký khai sinh');
	await expect(form.stopReceived).toHaveText(/^Ngày \d{2} tháng \d{2} năm \d{4}, /);
	await expect(form.stopRequest).toHaveText(/^Ngày \d{2} tháng \d{2} năm \d{4}, /);
	await expect(form.stopRequest).toContainText(
		'Ông/Bà đề nghị dừng giải quyết hồ sơ. Lý do: Công dân xin rút hồ sơ để bổ sung giấy tờ'
	);
	// The stage is the one reached before the stop, not "stopped" itself.
	await expect(form.stopStage).toHaveText(
		'Hồ sơ đang ở bước: Đang xử lý; chưa có kết quả giải quyết.'
	);
	await expect(form.stopDecision).toContainText(
		'thông báo dừng giải quyết hồ sơ nêu trên kể từ ngày'
	);
	await expect(form.stopFees).toContainText('Phí, lệ phí đã nộp: 0 đ');
	await expect(notice).toContainText('Người lập: Lò Văn Minh');
});

test('form 06: the control slip lists every hand-over with its time, deadline and outcome', async ({
	page
}) => {
	const code = await receiveBirthRegistration(page, 'Vừ Thị Dung');
	const dossier = new DossierPage(page);
	await dossier.open(code);
	await dossier.perform('Phân công xử lý', {
		'Họ tên người xử lý': 'Quàng Thị Lan',
		'Mã cán bộ xử lý': 'cb-02'
	});
	await expect(dossier.done).toBeVisible();
	await dossier.perform('Chuyển cơ quan khác giải quyết', {
		'Cơ quan nhận hồ sơ chuyển đến': AGENCY,
		'Lý do': 'Cần thẩm định hồ sơ khai sinh có yếu tố đặc biệt'
	});
	await expect(dossier.timeline).toContainText(AGENCY);
	await dossier.perform('Ghi kết quả giải quyết', { 'Số văn bản kết quả': '21/TLKS' });
	await expect(dossier.status).toContainText('(mã 9)');
	await dossier.perform('Trả kết quả', { 'Hình thức trả': 'Qua bưu chính' });
	await expect(dossier.status).toContainText('(mã 10)');

	const form = new PrintedFormPage(page);
	await form.openFromDossier('06');
	await expect(form.controlSlip).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await form.printMedia();
	await expect(form.nav).toBeHidden();
	await expect(form.printButton).toBeHidden();
	await expect(form.controlSlip.getByRole('heading', { level: 2 })).toHaveText(
		'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ'
	);
	await expect(form.controlSlipCode).toHaveText(`Mã hồ sơ: ${code}`);
	await expect(form.handOvers).toHaveCount(5);
	await expect(form.handOvers.locator('td:first-child')).toHaveText(['1', '2', '3', '4', '5']);

	const received = form.row('received');
	await expect(received.getByTestId('hand-over-from')).toHaveText(
		'1. Giao: Người nộp hồ sơ: Vừ Thị Dung'
	);
	await expect(received.getByTestId('hand-over-to')).toHaveText(
		'2. Nhận: Bộ phận tiếp nhận và trả kết quả (Lò Văn Minh)'
	);
	await expect(received.getByTestId('hand-over-outcome')).toHaveText('—');

	const assigned = form.row('assigned');
	await expect(assigned.getByTestId('hand-over-to')).toHaveText(
		'2. Nhận: Công chức xử lý: Quàng Thị Lan'
	);
	const transferred = form.row('transferred');
	await expect(transferred.getByTestId('hand-over-from')).toHaveText(
		'1. Giao: Công chức xử lý: Quàng Thị Lan'
	);
	await expect(transferred.getByTestId('hand-over-to')).toHaveText(`2. Nhận: ${AGENCY}`);
	await expect(transferred).toContainText('Cần thẩm định hồ sơ khai sinh');

	const resolved = form.row('resolved');
	await expect(resolved.getByTestId('hand-over-from')).toHaveText(`1. Giao: ${AGENCY}`);
	await expect(resolved).toContainText('21/TLKS');
	const returned = form.row('returned');
	await expect(returned.getByTestId('hand-over-to')).toHaveText(
		'2. Nhận: Người nộp hồ sơ: Vừ Thị Dung'
	);
	await expect(returned).toContainText('Trả qua bưu chính');

	// Everything happened within minutes of the intake: no step is late.
	for (const step of ['assigned', 'transferred', 'resolved', 'returned']) {
		const row = form.row(step);
		await expect(row.getByTestId('hand-over-at')).toHaveText(TIME);
		await expect(row.getByTestId('hand-over-due')).toHaveText(TIME);
		await expect(row.getByTestId('hand-over-outcome')).toHaveText(/^(Trước hạn|Đúng hạn)$/);
	}
	await expect(received.getByTestId('hand-over-due')).toHaveText(
		(await assigned.getByTestId('hand-over-due').textContent()) ?? ''
	);
});
