import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';
import { waitForText, PAGE_OPEN_TIMEOUT } from '../support/waits';

/** The sync page (Đồng bộ với cấp trên): login/unlock form, sync status and the media lane. */
export class SyncPage {
	readonly heading: Locator;
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
	/** The images' own lane: "Mọi ảnh đã gửi lên tuyến trên.", or what is still waiting. */
	readonly mediaLane: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
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
		this.mediaLane = page.getByTestId('media-lane');
	}

	/** Goes to the sync page and waits for its title; throws if it never shows. */
	async open(): Promise<void> {
		await this.page.goto('/sync');
		// A load of a device someone signed in on starts locked (issue 19): unlock it first.
		await new LockPage(this.page).unlockIfLocked();
		await waitForText(this.heading, 'Đồng bộ với cấp trên', PAGE_OPEN_TIMEOUT);
	}

	/** Goes to the sync page through the main menu: no page load, so no lock. */
	async openInApp(): Promise<void> {
		await this.page
			.getByRole('navigation', { name: 'Điều hướng chính' })
			.getByRole('link', { name: 'Đồng bộ' })
			.click();
		await waitForText(this.heading, 'Đồng bộ với cấp trên', PAGE_OPEN_TIMEOUT);
	}

	/** Logs in as a demo commune officer (provisioned by the test server). */
	async logIn(name = 'officer-99901', password = 'motcua'): Promise<void> {
		await this.username.fill(name);
		await this.password.fill(password);
		await this.login.click();
	}

	/** "Đang đồng bộ với tài khoản …": sync is unlocked for `account`. */
	signedInAs(account: string): Locator {
		return this.page.getByText(`Đang đồng bộ với tài khoản ${account}.`);
	}

	/**
	 * Waits until the phase reads "Đã đồng bộ"; throws after `timeout` (20 s; the resumed first
	 * download of 2,000 dossiers passes 30 s on a loaded 2-core machine).
	 */
	async waitInSync(timeout = 20_000): Promise<void> {
		await waitForText(this.phase, 'Đã đồng bộ', timeout);
	}
}
