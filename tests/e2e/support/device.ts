import type { Page } from '@playwright/test';
import { waitForText } from './waits';
import { SettingsPage } from '../pages/settings-page';

export interface DeviceSetup {
	/** 5-digit commune code from the seed units (99901 Na Sơn, 99902 Điện Biên Phủ). */
	commune?: string;
	slot?: number | null;
	officerName?: string;
	officerId?: string;
}

/**
 * Sets the device up through its real settings page, as an officer does on a new machine:
 * commune, officer and the slot upstream gave it. The page reloads into the commune's databases.
 */
export async function setUpDevice(page: Page, setup: DeviceSetup = {}): Promise<void> {
	const settings = new SettingsPage(page);
	await settings.open();
	await settings.commune.selectOption(setup.commune ?? '99901');
	await settings.officerName.fill(setup.officerName ?? 'Lò Văn Minh');
	await settings.officerId.fill(setup.officerId ?? 'cb-01');
	const slot = setup.slot === undefined ? 1 : setup.slot;
	await settings.slot.fill(slot === null ? '' : String(slot));
	await settings.save.click();
	await waitForText(settings.saved, 'Đã lưu thiết lập thiết bị.');
}
