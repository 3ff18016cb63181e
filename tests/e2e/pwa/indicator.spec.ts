import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PwaShell } from '../pages/pwa-shell';

test('the header says when the network is gone and when it is back', async ({ page, context }) => {
	const shell = new PwaShell(page);
	await page.goto('/');
	await expect(shell.network).toHaveText('Có mạng');
	await context.setOffline(true);
	await expect(shell.network).toHaveText('Không có mạng');
	await expect(shell.network).toHaveAttribute('title', /Vẫn làm việc bình thường/);
	await context.setOffline(false);
	await expect(shell.network).toHaveText('Có mạng');
});

test('the header warns when the device storage is nearly full', async ({ page }) => {
	// Chromium's real quota is far from full in a test profile: answer estimate() as a disk
	// with 95 of 100 MB used would.
	await page.addInitScript(() => {
		const mb = 1024 * 1024;
		navigator.storage.estimate = () => Promise.resolve({ usage: 95 * mb, quota: 100 * mb });
	});
	const shell = new PwaShell(page);
	await page.goto('/');
	await expect(shell.storageWarning).toHaveText('Bộ nhớ sắp đầy (95%)');
	await expect(shell.storageWarning).toHaveAttribute('title', /95 MB trên 100 MB/);
	await expect(shell.network).toHaveAttribute('title', /đã dùng 95 MB trên 100 MB \(95%\)/);
});

test('no storage warning while there is room, and the header passes axe', async ({ page }) => {
	const shell = new PwaShell(page);
	await page.goto('/');
	await expect(shell.network).toBeVisible();
	await expect(shell.storageWarning).toBeHidden();
	await expect(shell.shellWarning).toBeHidden();
	const results = await new AxeBuilder({ page }).include('header').analyze();
	expect(results.violations).toEqual([]);
});
