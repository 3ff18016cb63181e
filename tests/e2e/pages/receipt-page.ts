import type { Locator, Page } from '@playwright/test';

/** The receipt and appointment slip (Form 01). */
export class ReceiptPage {
	readonly sheet: Locator;
	readonly code: Locator;
	readonly appointment: Locator;
	readonly print: Locator;

	constructor(readonly page: Page) {
		this.sheet = page.getByTestId('receipt');
		this.code = page.getByTestId('receipt-code');
		this.appointment = page.getByTestId('receipt-appointment');
		this.print = page.getByRole('button', { name: 'In giấy tiếp nhận' });
	}
}
