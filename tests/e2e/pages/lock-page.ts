import { READY_TIMEOUT } from '../support/waits';
import type { Locator, Page } from '@playwright/test';

/** The lock screen (issue 19): every start of a device someone signed in on shows it. */
export class LockPage {
	readonly title: Locator;
	readonly secret: Locator;
	readonly unlock: Locator;
	readonly usePin: Locator;
	readonly error: Locator;

	constructor(private readonly page: Page) {
		this.title = page.getByRole('heading', { name: 'Máy đang khoá' });
		this.secret = page.locator('#lock-secret');
		this.unlock = page.getByRole('button', { name: 'Mở khoá', exact: true });
		this.usePin = page.getByRole('button', { name: 'Mở bằng mã PIN' });
		this.error = page.locator('#lock-error');
	}

	/** Unlocks with the password when the lock screen is up (after a reload); else nothing. */
	async unlockIfLocked(password = 'motcua'): Promise<void> {
		// Pages render only after the runtime started (ssr off), the lock screen or the page: the
		// first heading tells which, with no fixed wait.
		await this.page.locator('h1').first().waitFor({ timeout: READY_TIMEOUT });
		if (!(await this.title.isVisible())) return;
		await this.secret.fill(password);
		await this.unlock.click();
		await this.title.waitFor({ state: 'detached' });
	}
}
