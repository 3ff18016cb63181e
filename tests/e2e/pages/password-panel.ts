import type { Locator, Page } from '@playwright/test';

/** "Đổi mật khẩu" on the settings page (issue 19). */
export class PasswordPanel {
	readonly current: Locator;
	readonly next: Locator;
	readonly confirm: Locator;
	readonly submit: Locator;
	readonly currentError: Locator;
	readonly status: Locator;

	constructor(readonly page: Page) {
		this.current = page.getByLabel('Mật khẩu hiện tại');
		this.next = page.getByLabel('Mật khẩu mới', { exact: true });
		this.confirm = page.getByLabel('Nhập lại mật khẩu mới');
		this.submit = page.getByRole('button', { name: 'Đổi mật khẩu' });
		this.currentError = page.locator('#password-current-error');
		this.status = page.getByTestId('password-status');
	}

	async change(current: string, next: string): Promise<void> {
		await this.current.fill(current);
		await this.next.fill(next);
		await this.confirm.fill(next);
		await this.submit.click();
	}
}
