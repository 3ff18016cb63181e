import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';

/** The home page (Trang chủ): selectors live here, not in the specs. */
export class HomePage {
	/** The document's root element: its `lang` is the language shown. */
	readonly root: Locator;
	readonly heading: Locator;
	/** "Thiết bị này có N hồ sơ": what the device holds. */
	readonly dossierCount: Locator;
	readonly catalogCount: Locator;
	readonly calendarYears: Locator;
	readonly languageToggle: Locator;
	/** "Thiết bị này chưa được ghi danh" and its one button, on a device with no code slot. */
	readonly enrolPrompt: Locator;
	readonly enrolButton: Locator;

	constructor(readonly page: Page) {
		this.root = page.locator('html');
		this.heading = page.getByRole('heading', { level: 1 });
		this.dossierCount = page.getByTestId('dossier-count');
		this.catalogCount = page.getByTestId('catalog-count');
		this.calendarYears = page.getByTestId('calendar-years');
		this.languageToggle = page.getByRole('button', { name: /English|Tiếng Việt/ });
		this.enrolPrompt = page.getByRole('region', { name: 'Thiết bị này chưa được ghi danh' });
		this.enrolButton = this.enrolPrompt.getByRole('link', { name: 'Ghi danh thiết bị' });
	}

	async open(): Promise<void> {
		await this.page.goto('/');
		await new LockPage(this.page).unlockIfLocked();
	}
}
