import type { Locator, Page } from '@playwright/test';

/** The public status lookup a citizen opens from the receipt's QR (no login). */
export class StatusLookupPage {
	readonly heading: Locator;
	readonly card: Locator;
	readonly procedure: Locator;
	readonly statusWords: Locator;
	readonly appointment: Locator;
	readonly supplement: Locator;
	readonly where: Locator;
	readonly problem: Locator;
	readonly retry: Locator;
	readonly codeField: Locator;
	readonly submit: Locator;
	readonly nav: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.card = page.getByTestId('public-status');
		this.procedure = page.getByTestId('public-procedure');
		this.statusWords = page.getByTestId('public-status-words');
		this.appointment = page.getByTestId('public-appointment');
		this.supplement = page.getByTestId('public-supplement');
		this.where = page.getByTestId('public-where');
		this.problem = page.getByTestId('lookup-problem');
		this.retry = page.getByRole('button', { name: 'Thử lại' });
		this.codeField = page.getByLabel('Mã tra cứu');
		this.submit = page.getByRole('button', { name: 'Tra cứu', exact: true });
		this.nav = page.getByRole('navigation');
	}

	async open(url: string): Promise<void> {
		await this.page.goto(url);
		await this.heading.waitFor({ state: 'visible' });
	}

	/** Asks again ("Thử lại") and waits until the answer (a status or a problem) is on screen. */
	async askAgain(): Promise<void> {
		await this.retry.click();
		await this.card.or(this.problem).first().waitFor({ state: 'visible' });
	}

	async lookUp(code: string): Promise<void> {
		await this.codeField.fill(code);
		await this.submit.click();
	}
}
