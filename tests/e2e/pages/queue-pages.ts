import type { Locator, Page } from '@playwright/test';
import { waitForText, PAGE_OPEN_TIMEOUT } from '../support/waits';

/** The ticket screen (Lấy số thứ tự): one button per service group, then the ticket slip. */
export class TicketScreen {
	readonly heading: Locator;
	readonly slip: Locator;
	readonly number: Locator;
	readonly print: Locator;
	readonly paper: Locator;
	readonly done: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.slip = page.getByTestId('ticket-slip');
		this.number = page.getByTestId('ticket-number');
		this.print = page.getByRole('button', { name: 'In phiếu' });
		this.paper = page.getByLabel('Khổ giấy máy in phiếu');
		this.done = page.getByRole('button', { name: 'Xong, lấy số mới' });
	}

	async open(): Promise<void> {
		await this.page.goto('/queue');
		await waitForText(this.heading, 'Lấy số thứ tự', PAGE_OPEN_TIMEOUT);
	}

	/** The big button of a group, by its Vietnamese name ("Hộ tịch", "Chứng thực" …). */
	group(name: string): Locator {
		return this.page.getByRole('button', { name: new RegExp(name) });
	}

	/** Takes a ticket of `group` and returns the number the slip shows. */
	async take(group: string): Promise<string> {
		await this.group(group).click();
		await this.number.waitFor();
		return (await this.number.textContent())?.trim() ?? '';
	}
}

/** The officer's counter screen (Quầy gọi số). */
export class CounterScreen {
	readonly heading: Locator;
	readonly counterNumber: Locator;
	readonly desk: Locator;
	readonly current: Locator;
	readonly none: Locator;
	readonly callNext: Locator;
	readonly recall: Locator;
	readonly served: Locator;
	readonly noShow: Locator;
	readonly startIntake: Locator;
	/** The message next to the groups the counter serves. */
	readonly groupsError: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.groupsError = page.locator('#groups-error');
		this.counterNumber = page.getByLabel('Số quầy');
		this.desk = page.getByTestId('counter-desk');
		this.current = page.getByTestId('counter-number');
		this.none = page.getByTestId('counter-none');
		this.callNext = page.getByRole('button', { name: 'Gọi số tiếp theo' });
		this.recall = page.getByRole('button', { name: 'Gọi lại' });
		this.served = page.getByRole('button', { name: 'Đã xong' });
		this.noShow = page.getByRole('button', { name: 'Vắng mặt' });
		this.startIntake = page.getByRole('link', { name: 'Tiếp nhận hồ sơ cho số này' });
	}

	async open(): Promise<void> {
		await this.page.goto('/queue/counter');
		await waitForText(this.heading, 'Quầy gọi số', PAGE_OPEN_TIMEOUT);
	}

	/** The checkbox of a group the counter serves. */
	group(name: string): Locator {
		return this.page.getByRole('checkbox', { name: new RegExp(name) });
	}
}

/** The waiting-room TV (Màn hình gọi số). */
export class DisplayScreen {
	readonly screen: Locator;
	readonly number: Locator;
	readonly counter: Locator;
	readonly recent: Locator;
	readonly voice: Locator;

	constructor(readonly page: Page) {
		this.screen = page.getByTestId('queue-display');
		this.number = page.getByTestId('display-number');
		this.counter = page.getByTestId('display-counter');
		this.recent = page.getByTestId('display-recent');
		this.voice = page.getByRole('button', { name: /đọc số/ });
	}

	async open(): Promise<void> {
		await this.page.goto('/queue/display');
		await this.screen.waitFor();
	}
}

/** The queue report (Thống kê hàng đợi). */
export class QueueReportScreen {
	readonly heading: Locator;
	readonly figures: Locator;
	readonly byCounter: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.figures = page.getByTestId('queue-figures');
		this.byCounter = page.getByTestId('queue-by-counter');
	}

	/** The value shown next to a figure's label. */
	figure(label: string): Locator {
		return this.figures.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
	}
}
