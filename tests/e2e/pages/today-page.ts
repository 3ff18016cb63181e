import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';

/** Today's work (Việc hôm nay): what is due and what is overdue. */
export class TodayPage {
	readonly overdue: Locator;

	constructor(readonly page: Page) {
		this.overdue = page.getByTestId('today-overdue');
	}

	async open(): Promise<void> {
		await this.page.goto('/today');
		await new LockPage(this.page).unlockIfLocked();
	}
}
