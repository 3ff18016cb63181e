import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { IntakePage } from './pages/intake-page';
import { PwaShell } from './pages/pwa-shell';
import { CounterScreen, DisplayScreen, QueueReportScreen, TicketScreen } from './pages/queue-pages';
import { setUpDevice } from './support/device';

async function axeSerious(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => v.id);
}

/** The page is no wider than its viewport: nothing to scroll sideways at 360 px. */
async function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('tickets, a counter and the TV in three tabs keep one queue with the network cut', async ({
	page,
	context
}) => {
	// Three tabs and four axe scans on a 2-core machine: 30 s is too short when it is busy.
	test.setTimeout(90_000);
	// Slot 0 draws A001, A002 … (slot k would draw k×1000+1 …).
	await setUpDevice(page, { slot: 0 });
	const shell = new PwaShell(page);
	await shell.waitForOfflineReady();

	const ticketScreen = new TicketScreen(page);
	await ticketScreen.open();
	const tvPage = await context.newPage();
	const tv = new DisplayScreen(tvPage);
	await tv.open();
	const counterPage = await context.newPage();
	const counter = new CounterScreen(counterPage);
	await counter.open();

	// From here nothing reaches the server: the tabs share only the device's own storage.
	await context.setOffline(true);

	await page.setViewportSize({ width: 360, height: 740 });
	expect(await ticketScreen.take('Hộ tịch')).toBe('A001');
	await expect(ticketScreen.slip).toContainText('Lĩnh vực: Hộ tịch');
	await expect(ticketScreen.slip).toContainText('Trước ông/bà còn 0 người chờ.');
	expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
	expect(await axeSerious(page)).toEqual([]);
	await page.screenshot({ path: 'docs/screenshots/queue-ticket.png', fullPage: true });
	await ticketScreen.done.click();
	expect(await ticketScreen.take('Chứng thực')).toBe('B001');
	await ticketScreen.done.click();
	expect(await ticketScreen.take('Hộ tịch')).toBe('A002');
	await expect(ticketScreen.slip).toContainText('Trước ông/bà còn 1 người chờ.');
	await ticketScreen.done.click();
	await expect(ticketScreen.group('Hộ tịch')).toContainText('Đang chờ: 2');

	// Counter 2 serves civil status and certification: it calls the first ticket taken.
	await counter.counterNumber.fill('2');
	await expect(counter.none).toBeVisible();
	await counter.callNext.click();
	await expect(counter.current).toHaveText('A001');

	// The TV in another tab shows it, with no network at all.
	await expect(tv.number).toHaveText('A001');
	await expect(tv.counter).toHaveText('Quầy 2');
	await expect(ticketScreen.group('Hộ tịch')).toContainText('Đang chờ: 1');

	await counter.served.click();
	await expect(counter.none).toBeVisible();
	await counter.callNext.click();
	await expect(counter.current).toHaveText('B001');
	await expect(tv.number).toHaveText('B001');
	await expect(tv.recent).toContainText('A001');
	await expect(tv.recent).toContainText('Quầy 2');
	expect(await axeSerious(tvPage)).toEqual([]);
	await tvPage.setViewportSize({ width: 1280, height: 720 });
	await tvPage.screenshot({ path: 'docs/screenshots/queue-display.png' });

	await counterPage.setViewportSize({ width: 360, height: 740 });
	expect(await sidewaysScroll(counterPage)).toBeLessThanOrEqual(0);
	expect(await axeSerious(counterPage)).toEqual([]);

	// The intake started from the called ticket offers its group's procedures only.
	await counter.startIntake.click();
	const intake = new IntakePage(counterPage);
	await expect(intake.heading).toHaveText('Tiếp nhận hồ sơ');
	await expect(counterPage).toHaveURL(/\/intake\?group=chung_thuc&ticket=B001$/);
	await expect(counterPage.getByTestId('intake-from-ticket')).toContainText(
		'Tiếp nhận cho số B001, lĩnh vực Chứng thực'
	);
	await intake.procedure.fill('dang ky khai sinh');
	await expect(
		counterPage.getByRole('option', { name: 'Không có thủ tục nào khớp.' })
	).toBeVisible();
	await intake.pickProcedure('ban sao tu ban chinh');
	await expect(intake.chosen).toContainText('2.000815');
	expect(await axeSerious(counterPage)).toEqual([]);
});

test('the queue report counts the day: served per counter, a no-show, the wait', async ({
	page
}) => {
	await setUpDevice(page, { slot: 1 });
	const ticketScreen = new TicketScreen(page);
	await ticketScreen.open();
	expect(await ticketScreen.take('Đất đai')).toBe('C1001');
	await ticketScreen.done.click();
	expect(await ticketScreen.take('Lĩnh vực khác')).toBe('D1001');

	const counter = new CounterScreen(page);
	await counter.open();
	await counter.counterNumber.fill('3');
	await counter.callNext.click();
	await expect(counter.current).toHaveText('C1001');
	await counter.served.click();
	await counter.callNext.click();
	await expect(counter.current).toHaveText('D1001');
	await counter.noShow.click();
	await expect(counter.none).toBeVisible();
	await counter.callNext.click();
	await expect(counter.groupsError).toHaveText(
		'Lĩnh vực quầy phục vụ: không còn ai chờ ở các lĩnh vực quầy này phục vụ.'
	);

	await page.goto('/queue/report');
	const report = new QueueReportScreen(page);
	await expect(report.heading).toHaveText('Thống kê hàng đợi');
	await expect(report.figure('Số phiếu đã cấp')).toHaveText('2');
	await expect(report.figure('Đã phục vụ')).toHaveText('1');
	await expect(report.figure('Vắng mặt')).toHaveText('1');
	await expect(report.figure('Thời gian chờ trung bình')).toHaveText(/phút$/);
	// Counter 3 called 2, served 1, 1 no-show; both waited well under a minute.
	const row = report.byCounter
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: '3' }) });
	await expect(row.getByRole('cell')).toHaveText(['2', '1', '1', '0 phút']);
	expect(await axeSerious(page)).toEqual([]);
});
