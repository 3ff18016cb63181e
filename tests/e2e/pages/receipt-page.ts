import { READY_TIMEOUT } from '../support/waits';
import type { Locator, Page } from '@playwright/test';

/** The receipt and appointment slip (Form 01), and its compact form for a phone. */
export class ReceiptPage {
	readonly sheet: Locator;
	readonly code: Locator;
	readonly appointment: Locator;
	readonly print: Locator;
	/** The compact receipt the citizen photographs when a dossier is taken on the move. */
	readonly compact: Locator;
	readonly compactCode: Locator;

	constructor(readonly page: Page) {
		this.sheet = page.getByTestId('receipt');
		this.code = page.getByTestId('receipt-code');
		this.appointment = page.getByTestId('receipt-appointment');
		this.print = page.getByRole('button', { name: 'In giấy tiếp nhận' });
		this.compact = page.getByTestId('compact-receipt');
		this.compactCode = page.getByTestId('compact-code');
	}

	/** Item 3 of Form 01: the legal time limit and the case the intake picked. */
	get timeLimit(): Locator {
		return this.page.getByTestId('receipt-time-limit');
	}

	/** The fee line of an exempt dossier ("Phí, lệ phí: miễn (…)"). */
	get feeExempt(): Locator {
		return this.page.getByTestId('receipt-fee-exempt');
	}

	/** The QR code of dossier `code`. */
	qr(code: string): Locator {
		return this.page.getByRole('img', { name: `QR: ${code}` });
	}

	/** "Không tìm thấy hồ sơ …": the device holds no dossier `code`. */
	notFound(code: string): Locator {
		return this.page.getByText(`Không tìm thấy hồ sơ ${code}`);
	}

	/** The dossier code the receipt prints, once it shows one (`…-XXXX`); throws if it never does. */
	async printedCode(timeout = READY_TIMEOUT): Promise<string> {
		const code = this.code.filter({ hasText: /-\d{4}$/ });
		await code.waitFor({ state: 'visible', timeout });
		return (await code.textContent()) ?? '';
	}
}
