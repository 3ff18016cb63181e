import { expect, type Locator, type Page } from '@playwright/test';

/** The report page (Báo cáo). */
export class ReportPage {
	readonly xlsx: Locator;
	readonly csv: Locator;
	readonly byField: Locator;

	constructor(readonly page: Page) {
		this.xlsx = page.getByTestId('report-xlsx');
		this.csv = page.getByTestId('report-csv');
		this.byField = page.getByTestId('report-by-field');
	}

	async open(query = ''): Promise<void> {
		await this.page.goto(`/reports${query}`);
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
			'Báo cáo kết quả giải quyết hồ sơ'
		);
	}

	/** A key figure by its test id (`received`, `on-time`, `rate`…). */
	figure(id: string): Locator {
		return this.page.getByTestId(`fig-${id}`);
	}
}
