import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { setUpDevice } from './support/device';

test('a new device is set up with its commune, officer and slot, kept across reloads', async ({
	page
}) => {
	await setUpDevice(page, { commune: '99902', slot: 3, officerName: 'Quàng Thị Lan' });
	await page.reload();
	const settings = new SettingsPage(page);
	await expect(settings.commune).toHaveValue('99902');
	await expect(settings.officerName).toHaveValue('Quàng Thị Lan');
	await expect(settings.slot).toHaveValue('3');
});

test('a bad slot is refused with a Vietnamese message next to the field', async ({ page }) => {
	const settings = new SettingsPage(page);
	await settings.open();
	await settings.commune.selectOption('99901');
	await settings.officerName.fill('Lò Văn Minh');
	await settings.officerId.fill('cb-01');
	await settings.slot.fill('12');
	await settings.save.click();
	await expect(settings.slotError).toContainText('Số khe');
	await expect(settings.slot).toHaveAttribute('aria-invalid', 'true');
	await page.reload();
	await expect(settings.commune).toHaveValue('');
});
