import { expect, test } from '@playwright/test';
import { LockPage } from './pages/lock-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';

test('a commune officer logs in, the device joins the commune, gets a slot and syncs', async ({
	page
}) => {
	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn('officer-99901');
	await sync.waitInSync();
	const settings = new SettingsPage(page);
	await settings.open();
	await expect(settings.commune).toHaveValue('99901');
	await expect(settings.slot).toHaveValue(/^[0-9]$/);
});

test('two devices of one commune are enrolled with different slots', async ({ browser }) => {
	const slots: string[] = [];
	for (let i = 0; i < 2; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const sync = new SyncPage(page);
		await sync.open();
		await sync.logIn('officer-99902');
		await sync.waitInSync();
		const settings = new SettingsPage(page);
		await settings.open();
		slots.push(await settings.slot.inputValue());
		await context.close();
	}
	expect(slots[0]).not.toBe(slots[1]);
});

test('a wrong password is refused in Vietnamese', async ({ page }) => {
	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn('officer-99901', 'sai-mat-khau');
	await expect(sync.error).toHaveText('Sai tên đăng nhập hoặc mật khẩu.');
});

test.describe('offline unlock', () => {
	// Playwright's offline emulation does not cover requests a service worker lets through to
	// the network, so this test runs without the worker (the unlock logic is the page's).
	test.use({ serviceWorkers: 'block' });

	test('after a restart with no network, the lock screen opens with the password on the device and sync resumes', async ({
		page,
		context
	}) => {
		const sync = new SyncPage(page);
		const lock = new LockPage(page);
		await sync.open();
		await sync.logIn('officer-99901');
		await sync.waitInSync();
		await page.reload();
		// Issue 19: a device someone signed in on starts locked; the unlock needs no network.
		await expect(lock.title).toBeVisible();
		await context.setOffline(true);
		await lock.secret.fill('sai');
		await lock.unlock.click();
		await expect(lock.error).toHaveText('Mật khẩu không đúng.');
		await lock.secret.fill('motcua');
		await lock.unlock.click();
		await expect(lock.title).toBeHidden();
		await expect(sync.phase).not.toHaveText('Đồng bộ đang khoá');
		await context.setOffline(false);
		await sync.openInApp();
		await expect(sync.signedInAs('officer-99901')).toBeVisible();
		await sync.syncNow.click();
		await sync.waitInSync();
	});
});
