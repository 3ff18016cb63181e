import { expect, type Locator, type Page } from '@playwright/test';

/** The device setup page (Thiết lập thiết bị). */
export class SettingsPage {
	readonly commune: Locator;
	readonly officerName: Locator;
	readonly officerId: Locator;
	readonly slot: Locator;
	readonly save: Locator;
	readonly backup: Locator;
	readonly restoreInput: Locator;
	readonly rebuild: Locator;
	readonly status: Locator;

	constructor(readonly page: Page) {
		this.commune = page.getByLabel('Xã, phường phục vụ');
		this.officerName = page.getByLabel('Họ và tên cán bộ tiếp nhận');
		this.officerId = page.getByLabel('Mã cán bộ');
		this.slot = page.getByLabel('Số khe (slot) của thiết bị, 0–9');
		this.save = page.getByRole('button', { name: 'Lưu thiết lập' });
		this.backup = page.getByRole('button', { name: 'Sao lưu ra tệp' });
		this.restoreInput = page.getByLabel('Khôi phục từ tệp');
		this.rebuild = page.getByRole('button', { name: 'Dựng lại sổ theo dõi' });
		this.status = page.getByTestId('maintenance-status');
	}

	async open(): Promise<void> {
		await this.page.goto('/settings');
		await expect(this.commune.locator('option')).not.toHaveCount(1);
	}
}
