import { expect, type Locator, type Page } from '@playwright/test';

/** The tracking book (Sổ theo dõi hồ sơ). */
export class BookPage {
	readonly search: Locator;
	readonly rows: Locator;
	readonly total: Locator;

	constructor(readonly page: Page) {
		this.search = page.getByLabel('Tìm theo tên, mã hồ sơ, số định danh, số điện thoại');
		this.rows = page.getByTestId('book-row');
		this.total = page.getByTestId('book-total');
	}

	async open(query = ''): Promise<void> {
		await this.page.goto(`/book${query}`);
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Sổ theo dõi hồ sơ');
	}

	async find(text: string): Promise<void> {
		await this.search.fill(text);
		await this.search.press('Enter');
	}
}
