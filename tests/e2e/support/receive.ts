import type { Page } from '@playwright/test';
import { IntakePage } from '../pages/intake-page';
import { ReceiptPage } from '../pages/receipt-page';

/** Receives a birth registration for `name` through the intake screen; returns its code. */
export async function receiveBirthRegistration(page: Page, name: string): Promise<string> {
	const intake = new IntakePage(page);
	await intake.open();
	await intake.fillBirthRegistration(name);
	await intake.save.click();
	return new ReceiptPage(page).printedCode();
}
