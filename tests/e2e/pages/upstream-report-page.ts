import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';
import { waitForText } from '../support/waits';

/** The upstream office's report over every commune (Báo cáo tổng hợp của cấp trên). */
export class UpstreamReportPage {
	readonly heading: Locator;
	readonly byCommune: Locator;
	readonly digitised: Locator;
	readonly xlsx: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.byCommune = page.getByTestId('upstream-table');
		this.digitised = page.getByTestId('upstream-digitised');
		this.xlsx = page.getByTestId('report-xlsx');
	}

	/** Opens the page and signs in with the upstream account; the report reads every commune. */
	async open(username = 'upstream', password = 'motcua'): Promise<void> {
		await this.page.goto('/reports/upstream');
		await new LockPage(this.page).unlockIfLocked();
		await this.page.getByLabel('Tên đăng nhập').fill(username);
		await this.page.getByLabel('Mật khẩu').fill(password);
		await this.page.getByRole('button', { name: 'Lập báo cáo' }).click();
	}

	/** The row of one commune in the table by commune. */
	commune(name: string): Locator {
		return this.byCommune.getByRole('row').filter({ hasText: name });
	}

	/** A key figure by its test id (`received`, `on-time`, `rate`…). */
	figure(id: string): Locator {
		return this.page.getByTestId(`fig-${id}`);
	}

	async waitForTitle(): Promise<void> {
		await waitForText(this.heading, 'Báo cáo tổng hợp của cấp trên');
	}
}
