import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';
import { waitForText, PAGE_OPEN_TIMEOUT } from '../support/waits';

/** The tracking book (Sổ theo dõi hồ sơ). */
export class BookPage {
	readonly heading: Locator;
	readonly search: Locator;
	readonly rows: Locator;
	readonly total: Locator;
	/** "Xuất Excel": the book as a spreadsheet. */
	readonly xlsx: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.search = page.getByLabel('Tìm theo tên, mã hồ sơ, số định danh, số điện thoại');
		this.rows = page.getByTestId('book-row');
		this.total = page.getByTestId('book-total');
		this.xlsx = page.getByTestId('book-xlsx');
	}

	/** Goes to the book and waits for its title; throws if it never shows. */
	async open(query = ''): Promise<void> {
		await this.page.goto(`/book${query}`);
		await new LockPage(this.page).unlockIfLocked();
		await waitForText(this.heading, 'Sổ theo dõi hồ sơ', PAGE_OPEN_TIMEOUT);
	}

	async find(text: string): Promise<void> {
		await this.search.fill(text);
		await this.search.press('Enter');
	}

	/** Opens dossier `code` by its link in the book. */
	async openDossier(code: string): Promise<void> {
		await this.page.getByRole('link', { name: code }).click();
	}

	/** Any text on the book's page (an applicant's name in a row, say). */
	mention(text: string): Locator {
		return this.page.getByText(text);
	}
}
