import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';
import { READY_TIMEOUT } from '../support/waits';

/** The device setup page (Thiết lập thiết bị), with the device's photo storage. */
export class SettingsPage {
	readonly commune: Locator;
	readonly officerName: Locator;
	readonly officerId: Locator;
	readonly slot: Locator;
	readonly slotError: Locator;
	readonly save: Locator;
	/** "Đã lưu thiết lập thiết bị." once saved. */
	readonly saved: Locator;
	readonly backup: Locator;
	readonly restoreInput: Locator;
	readonly rebuild: Locator;
	readonly status: Locator;
	/** How much the photos take on the device, and what may be freed. */
	readonly mediaUsage: Locator;
	/** "Giải phóng ảnh cũ": drops the images already upstream of closed dossiers. */
	readonly freeMedia: Locator;
	readonly mediaFreed: Locator;

	constructor(readonly page: Page) {
		this.commune = page.getByLabel('Xã, phường phục vụ');
		this.officerName = page.getByLabel('Họ và tên cán bộ tiếp nhận');
		this.officerId = page.getByLabel('Mã cán bộ');
		this.slot = page.getByLabel('Số khe (slot) của thiết bị, 0–9');
		this.slotError = page.locator('#slot-error');
		this.save = page.getByRole('button', { name: 'Lưu thiết lập' });
		this.saved = page.getByTestId('settings-status');
		this.backup = page.getByRole('button', { name: 'Sao lưu ra tệp' });
		this.restoreInput = page.getByLabel('Khôi phục từ tệp');
		this.rebuild = page.getByRole('button', { name: 'Dựng lại sổ theo dõi' });
		this.status = page.getByTestId('maintenance-status');
		this.mediaUsage = page.getByTestId('media-usage');
		this.freeMedia = page.getByRole('button', { name: 'Giải phóng ảnh cũ' });
		this.mediaFreed = page.getByTestId('media-freed');
	}

	/** Goes to the settings and waits for the communes to be listed; throws if they never are. */
	async open(): Promise<void> {
		await this.page.goto('/settings');
		await new LockPage(this.page).unlockIfLocked();
		// More than the one "choose a commune" option: the seed units are in.
		await this.commune
			.locator('option')
			.nth(1)
			.waitFor({ state: 'attached', timeout: READY_TIMEOUT });
	}
}
