import type { Locator, Page } from '@playwright/test';

/** The citizen's rating screen (/kiosk/<code>). */
export class KioskPage {
	readonly heading: Locator;
	readonly thanks: Locator;
	readonly officerButton: Locator;
	readonly password: Locator;
	readonly release: Locator;
	readonly passwordError: Locator;
	readonly mainNav: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' });
		this.thanks = page.getByTestId('kiosk-thanks');
		this.officerButton = page.getByRole('button', { name: 'Dành cho cán bộ' });
		this.password = page.getByLabel(/^Mật khẩu của cán bộ/);
		this.release = page.getByRole('button', { name: 'Trở lại sổ theo dõi' });
		this.passwordError = page.locator('#kiosk-password-error');
		this.mainNav = page.getByRole('navigation');
	}

	answer(label: 'Rất hài lòng' | 'Hài lòng' | 'Không hài lòng'): Locator {
		return this.page.getByRole('button', { name: label, exact: true });
	}

	/** The officer types the password to take the screen back. */
	async releaseWith(password: string): Promise<void> {
		await this.officerButton.click();
		await this.password.fill(password);
		await this.release.click();
	}
}
