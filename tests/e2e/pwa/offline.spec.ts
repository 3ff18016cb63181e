import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/home-page';
import { PwaShell } from '../pages/pwa-shell';
import { launchProfile, tempDir } from './support';

// A deep link no route matches: offline it must still get the app (the SPA fallback from the
// precache), which then shows its own "not found", never the browser's "no internet" page.
const DEEP_PATH = '/ho-so/khong-co/duong-dan-sau';

test('after one online visit, the app reloads and opens any path with no network', async ({
	page,
	context
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const home = new HomePage(page);
	const shell = new PwaShell(page);
	await home.open();
	await shell.waitForOfflineReady();
	await expect(shell.network).toHaveText('Có mạng');

	await context.setOffline(true);
	await expect(shell.network).toHaveText('Không có mạng');
	const reload = await page.reload();
	expect(reload?.fromServiceWorker()).toBe(true);
	await expect(home.heading).toBeVisible();
	await expect(home.catalogCount).toBeVisible();
	await expect(shell.network).toHaveText('Không có mạng');

	const deep = await page.goto(DEEP_PATH);
	expect(deep?.fromServiceWorker()).toBe(true);
	await expect(shell.brand).toBeVisible();
	await expect(shell.indicator).toBeVisible();

	await page.goto('/');
	await expect(home.heading).toBeVisible();
	expect(errors).toEqual([]);
});

test('the CouchDB proxy path is never answered from the cache', async ({ page, context }) => {
	const shell = new PwaShell(page);
	await page.goto('/');
	await shell.waitForOfflineReady();

	const online = await page.goto('/couchdb/');
	expect(online?.fromServiceWorker()).toBe(false);

	await context.setOffline(true);
	await expect(page.goto('/couchdb/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

test('after a browser restart with no network, the app and its settings are still there', async ({
	baseURL
}) => {
	const profile = tempDir('motcua-profile-');
	try {
		const first = await launchProfile(profile.dir, { baseURL: baseURL! });
		const page = first.pages()[0] ?? (await first.newPage());
		const shell = new PwaShell(page);
		await page.goto('/');
		await shell.waitForOfflineReady();
		// A setting kept on the device stands in for the data until the intake screens exist.
		await shell.languageToggle.click();
		await expect(shell.languageToggle).toHaveText('Tiếng Việt');
		await first.close();

		const second = await launchProfile(profile.dir, { baseURL: baseURL!, offline: true });
		const again = second.pages()[0] ?? (await second.newPage());
		const shellAgain = new PwaShell(again);
		const response = await again.goto('/');
		expect(response?.fromServiceWorker()).toBe(true);
		await expect(new HomePage(again).heading).toBeVisible();
		// The catalog read from this device's database, with no network to fetch it from.
		await expect(new HomePage(again).catalogCount).toBeVisible();
		await expect(shellAgain.network).toHaveText('Offline');
		await expect(shellAgain.languageToggle).toHaveText('Tiếng Việt');
		await second.close();
	} finally {
		profile.remove();
	}
});
