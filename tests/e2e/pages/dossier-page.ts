import { expect, type Locator, type Page } from '@playwright/test';

/** A dossier's page: state, timeline and lifecycle actions. */
export class DossierPage {
	readonly status: Locator;
	readonly timeline: Locator;
	readonly action: Locator;
	readonly done: Locator;

	constructor(readonly page: Page) {
		this.status = page.getByTestId('dossier-status');
		this.timeline = page.getByTestId('timeline');
		this.action = page.getByLabel('Chọn thao tác', { exact: true });
		this.done = page.getByTestId('action-done');
	}

	async open(code: string): Promise<void> {
		await this.page.goto(`/dossiers/${code}`);
		await expect(this.status).toBeVisible();
	}

	/** Chooses an action, fills its fields by label and records it. */
	async perform(action: string, fields: Record<string, string> = {}): Promise<void> {
		await this.action.selectOption({ label: action });
		const form = this.page.locator('form.action');
		for (const [label, value] of Object.entries(fields)) {
			const field = form.getByLabel(label, { exact: true });
			if ((await field.evaluate((el) => el.tagName)) === 'SELECT') {
				await field.selectOption({ label: value });
			} else {
				await field.fill(value);
			}
		}
		await form.getByRole('button', { name: 'Ghi nhận' }).click();
	}
}
