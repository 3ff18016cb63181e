import type { Locator, Page } from '@playwright/test';

/**
 * A printed form opened from the dossier page: 02 supplement request, 03 refusal, 04 apology,
 * 05 stop notice, 06 processing-control slip.
 */
export class PrintedFormPage {
	/** Forms 02–04: the notice and its parts. */
	readonly notice: Locator;
	readonly refusalReason: Locator;
	readonly apologyDate: Locator;
	/** The form's title from the template set in force (issue 18), and the contact lines. */
	readonly formTitle: Locator;
	readonly contact: Locator;
	readonly helpContact: Locator;
	/** Form 05: the stop notice and its paragraphs. */
	readonly stopNotice: Locator;
	readonly stopReceived: Locator;
	readonly stopRequest: Locator;
	readonly stopStage: Locator;
	readonly stopDecision: Locator;
	readonly stopFees: Locator;
	/** Form 06: the control slip, its code line and hand-over rows. */
	readonly controlSlip: Locator;
	readonly controlSlipCode: Locator;
	readonly handOvers: Locator;
	readonly nav: Locator;
	readonly printButton: Locator;

	constructor(readonly page: Page) {
		this.notice = page.getByTestId('notice-form');
		this.refusalReason = page.getByTestId('refusal-reason');
		this.apologyDate = page.getByTestId('apology-date');
		this.formTitle = page.getByTestId('form-title');
		this.contact = page.getByTestId('form-contact');
		this.helpContact = page.getByTestId('form-help-contact');
		this.stopNotice = page.getByTestId('stop-notice');
		this.stopReceived = page.getByTestId('stop-received');
		this.stopRequest = page.getByTestId('stop-request');
		this.stopStage = page.getByTestId('stop-stage');
		this.stopDecision = page.getByTestId('stop-decision');
		this.stopFees = page.getByTestId('stop-fees');
		this.controlSlip = page.getByTestId('control-slip');
		this.controlSlipCode = page.getByTestId('control-slip-code');
		this.handOvers = page.getByTestId('hand-over');
		this.nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
		this.printButton = page.locator('.no-print');
	}

	/** Opens form `form` through its link on the dossier page. */
	async openFromDossier(form: '02' | '03' | '04' | '05' | '06'): Promise<void> {
		await this.page.getByRole('link', { name: `In mẫu ${form}` }).click();
	}

	/** The hand-over row of `step` (`assigned`, `transferred` …). */
	row(step: string): Locator {
		return this.page.locator(`[data-testid="hand-over"][data-step="${step}"]`);
	}

	/** Looks at the page as the printer does. */
	async printMedia(): Promise<void> {
		await this.page.emulateMedia({ media: 'print' });
	}

	/** Back to the screen. */
	async screenMedia(): Promise<void> {
		await this.page.emulateMedia({ media: 'screen' });
	}
}
