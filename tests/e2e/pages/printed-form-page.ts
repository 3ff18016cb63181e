import type { Locator, Page } from '@playwright/test';

/** A printed form opened from the dossier page: 05 stop notice, 06 processing-control slip. */
export class PrintedFormPage {
	readonly stopNotice: Locator;
	readonly controlSlip: Locator;
	readonly handOvers: Locator;
	readonly nav: Locator;
	readonly printButton: Locator;

	constructor(readonly page: Page) {
		this.stopNotice = page.getByTestId('stop-notice');
		this.controlSlip = page.getByTestId('control-slip');
		this.handOvers = page.getByTestId('hand-over');
		this.nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
		this.printButton = page.locator('.no-print');
	}

	/** Opens form `form` through its link on the dossier page. */
	async openFromDossier(form: '05' | '06'): Promise<void> {
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
}
