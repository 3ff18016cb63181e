import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';
import { waitForText, PAGE_OPEN_TIMEOUT } from '../support/waits';

/** The report page (Báo cáo). */
export class ReportPage {
	readonly heading: Locator;
	readonly period: Locator;
	readonly xlsx: Locator;
	readonly csv: Locator;
	readonly byField: Locator;
	/** The head of the unit's signature block at the foot of the printed report. */
	readonly signature: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.period = page.getByTestId('report-period');
		this.xlsx = page.getByTestId('report-xlsx');
		this.csv = page.getByTestId('report-csv');
		this.byField = page.getByTestId('report-by-field');
		this.signature = page.getByText('Thủ trưởng đơn vị');
	}

	/** Goes to the report and waits for its title; throws if it never shows. */
	async open(query = ''): Promise<void> {
		await this.page.goto(`/reports${query}`);
		await new LockPage(this.page).unlockIfLocked();
		await waitForText(this.heading, 'Báo cáo kết quả giải quyết hồ sơ', PAGE_OPEN_TIMEOUT);
	}

	/** A key figure by its test id (`received`, `on-time`, `rate`…). */
	figure(id: string): Locator {
		return this.page.getByTestId(`fig-${id}`);
	}
}
