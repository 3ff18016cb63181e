import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { BookPage } from './pages/book-page';
import { DossierPage } from './pages/dossier-page';
import { IntakePage } from './pages/intake-page';
import { PwaShell } from './pages/pwa-shell';
import { ReceiptPage } from './pages/receipt-page';
import { ReportPage } from './pages/report-page';
import { setUpDevice } from './support/device';

/** Monday 2 Nov 2026, 09:00 in Vietnam: a plain working morning. */
const MONDAY = new Date('2026-11-02T02:00:00.000Z');
/** Tuesday 3 Nov 2026, 10:00 in Vietnam. */
const TUESDAY = new Date('2026-11-03T03:00:00.000Z');

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

async function resolveIt(page: Page, code: string) {
	const dossier = new DossierPage(page);
	await dossier.open(code);
	await dossier.perform('Ghi kết quả giải quyết', { 'Số văn bản kết quả': '15/TLKS' });
	await expect(dossier.status).toContainText('(mã 9)');
}

/** A workbook downloaded by clicking `button`, read back with exceljs. */
async function downloaded(page: Page, button: ReturnType<Page['getByTestId']>) {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const path = await download.path();
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(path);
	return { wb, name: download.suggestedFilename() };
}

/** The value next to a label in a two-column sheet. */
function valueOf(ws: ExcelJS.Worksheet, label: string): unknown {
	let found: unknown = undefined;
	ws.eachRow((row) => {
		if (row.getCell(1).value === label) found = row.getCell(2).value;
	});
	return found;
}

test('a known month of work: figures on screen, in the XLSX, and the book XLSX', async ({
	page
}) => {
	// Five intakes, four actions and two workbooks: past 30 s on a loaded 2-core machine.
	test.setTimeout(90_000);
	await page.clock.install({ time: MONDAY });
	await setUpDevice(page, { slot: 1 });
	// Birth registrations are due the same day; the certificate takes 3 working days (5 Nov).
	const onTime = await receive(page, 'Nguyễn Thị Hoa');
	const refused = await receive(page, 'Lò Thị Mai');
	const late = await receive(page, 'Quàng Văn Nam');
	const overdue = await receive(page, 'Hoàng Thị Lan');
	const early = await receive(page, 'Đặng Thị Thu', 'tinh trang hon nhan');
	await resolveIt(page, onTime);
	const dossier = new DossierPage(page);
	await dossier.open(refused);
	await dossier.perform('Từ chối giải quyết', {
		'Lý do từ chối (ghi rõ căn cứ, không ghi mã lỗi)':
			'Người yêu cầu không thuộc trường hợp đăng ký khai sinh tại xã',
		'Số phiếu': '01/TC'
	});
	await expect(dossier.status).toContainText('(mã 3)');

	await page.clock.setSystemTime(TUESDAY);
	await resolveIt(page, late);
	await resolveIt(page, early);

	const report = new ReportPage(page);
	await report.open();
	await expect(report.period).toContainText('tháng 11/2026');
	const expected: Record<string, string> = {
		received: '5',
		resolved: '4',
		early: '1',
		'on-time': '2',
		late: '1',
		refused: '1',
		pending: '1',
		overdue: '1',
		'not-due': '0',
		withdrawn: '0',
		// MotCua's operational rate counts the overdue dossier still running: 3 ÷ 5.
		rate: '60',
		// QĐ 766 divides by the resolved only: 3 ÷ 4; satisfaction 100 − (25 % late + 0 % disliked).
		'rate-766': '75',
		'satisfaction-766': '75'
	};
	for (const [id, value] of Object.entries(expected)) {
		await expect(report.figure(id), id).toHaveText(value);
	}
	await expect(report.byField).toContainText('Hộ tịch');

	const { wb, name } = await downloaded(page, report.xlsx);
	expect(name).toBe('bao-cao-2026-11-01_2026-11-30.xlsx');
	expect(wb.worksheets.map((w) => w.name)).toEqual([
		'Tổng hợp',
		'Theo lĩnh vực',
		'Theo thủ tục hành chính',
		'Xu hướng'
	]);
	const summary = wb.getWorksheet('Tổng hợp');
	if (!summary) throw new Error('no summary sheet');
	expect(summary.getCell('A1').value).toBe(
		'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'
	);
	expect(valueOf(summary, 'Tiếp nhận trong kỳ')).toBe(5);
	expect(valueOf(summary, 'Đã giải quyết: Quá hạn')).toBe(1);
	expect(valueOf(summary, 'Đang giải quyết: Quá hạn')).toBe(1);
	expect(valueOf(summary, 'Tỷ lệ đúng hạn vận hành, tính cả hồ sơ đang quá hạn (%)')).toBe(60);
	expect(valueOf(summary, 'Tỷ lệ giải quyết đúng hạn theo QĐ 766 (%)')).toBe(75);
	expect(valueOf(summary, 'Mức độ hài lòng theo QĐ 766 (%)')).toBe(75);

	const book = new BookPage(page);
	await book.open();
	const bookFile = await downloaded(page, book.xlsx);
	const sheet = bookFile.wb.worksheets[0];
	if (!sheet) throw new Error('no book sheet');
	expect(sheet.getRow(2).values).toEqual([
		undefined,
		'STT',
		'Mã hồ sơ',
		'Tên thủ tục hành chính',
		'Số lượng hồ sơ (bộ)',
		'Tên cá nhân, tổ chức',
		'Địa chỉ, số điện thoại',
		'Cơ quan chủ trì giải quyết',
		'Nhận hồ sơ',
		'Hẹn trả kết quả',
		'Chuyển hồ sơ đến cơ quan giải quyết',
		'Nhận kết quả từ cơ quan giải quyết',
		'Trả kết quả cho cá nhân, tổ chức',
		'Ghi chú'
	]);
	expect(sheet.rowCount).toBe(7);
	const codes = [3, 4, 5, 6, 7].map((r) => sheet.getRow(r).getCell(2).value);
	expect(codes.sort()).toEqual([onTime, refused, late, overdue, early].sort());
});

test('an open report follows the work done in another tab, with no reload', async ({ page }) => {
	await page.clock.install({ time: MONDAY });
	await setUpDevice(page, { slot: 2 });
	const report = new ReportPage(page);
	await report.open();
	await expect(report.figure('received')).toBeVisible();
	const count = async (id: string) =>
		Number((await report.figure(id).textContent())?.replace(/\D/g, ''));
	const before = await count('received');
	const resolvedBefore = await count('resolved');

	const other = await page.context().newPage();
	await other.clock.install({ time: MONDAY });
	const code = await receive(other, 'Lường Thị Xuân');
	await expect(report.figure('received')).toHaveText(String(before + 1));
	await resolveIt(other, code);
	await expect(report.figure('resolved')).toHaveText(String(resolvedBefore + 1));
});

test('the report page passes axe and prints without the navigation', async ({ page }) => {
	await setUpDevice(page, { slot: 1 });
	const report = new ReportPage(page);
	await report.open();
	await expect(report.figure('received')).toHaveText('0');
	const violations = (await new AxeBuilder({ page }).analyze()).violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => v.id);
	expect(violations).toEqual([]);
	await page.emulateMedia({ media: 'print' });
	await expect(new PwaShell(page).nav).toBeHidden();
	await expect(report.xlsx).toBeHidden();
	await expect(report.signature).toBeVisible();
});
