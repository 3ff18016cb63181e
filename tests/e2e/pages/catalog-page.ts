import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';

/** The procedure catalog (Danh mục thủ tục hành chính). */
export class CatalogPage {
	/** "N thủ tục": how many procedures are listed. */
	readonly shown: Locator;
	readonly search: Locator;
	readonly cards: Locator;

	constructor(readonly page: Page) {
		this.shown = page.getByTestId('catalog-shown');
		this.search = page.getByLabel('Tìm thủ tục theo tên hoặc mã (không cần dấu)');
		this.cards = page.getByTestId('procedure-card');
	}

	async open(): Promise<void> {
		await this.page.goto('/catalog');
		await new LockPage(this.page).unlockIfLocked();
	}

	async find(text: string): Promise<void> {
		await this.search.fill(text);
	}

	/** Any text on the catalog's page (a procedure's name, say). */
	mention(text: string): Locator {
		return this.page.getByText(text);
	}

	/** Starts an intake of the procedure on `card` ("Tiếp nhận hồ sơ thủ tục này"). */
	async receive(card: Locator): Promise<void> {
		await card.getByRole('link', { name: 'Tiếp nhận hồ sơ thủ tục này' }).click();
	}
}
