import { expect, type Locator, type Page } from '@playwright/test';

/** The sync page (Đồng bộ với cấp trên): login/unlock form and sync status. */
export class SyncPage {
	readonly username: Locator;
	readonly password: Locator;
	readonly login: Locator;
	readonly unlock: Locator;
	readonly error: Locator;
	readonly phase: Locator;
	readonly pending: Locator;
	readonly progress: Locator;
	readonly problem: Locator;
	readonly syncNow: Locator;
	readonly upstream: Locator;
	readonly upstreamError: Locator;
	readonly upstreamShown: Locator;
	readonly clock: Locator;

	constructor(readonly page: Page) {
		this.username = page.getByLabel('Tên đăng nhập');
		this.password = page.getByLabel('Mật khẩu');
		this.login = page.getByRole('button', { name: 'Đăng nhập' });
		this.unlock = page.getByRole('button', { name: 'Mở khoá đồng bộ' });
		this.error = page.locator('#sync-error');
		this.phase = page.getByTestId('sync-phase');
		this.pending = page.getByTestId('sync-pending');
		this.progress = page.getByTestId('sync-progress');
		this.problem = page.getByTestId('sync-problem');
		this.syncNow = page.getByRole('button', { name: 'Đồng bộ ngay' });
		this.upstream = page.getByLabel('Máy chủ cấp trên');
		this.upstreamError = page.locator('#sync-upstream-error');
		this.upstreamShown = page.getByTestId('sync-upstream');
		this.clock = page.getByTestId('sync-clock');
	}

	async open(): Promise<void> {
		await this.page.goto('/sync');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Đồng bộ với cấp trên');
	}

	/** Logs in as a demo commune officer (provisioned by the test server). */
	async logIn(name = 'officer-99901', password = 'motcua'): Promise<void> {
		await this.username.fill(name);
		await this.password.fill(password);
		await this.login.click();
	}

	async waitInSync(): Promise<void> {
		await expect(this.phase).toHaveText('Đã đồng bộ', { timeout: 20_000 });
	}
}
