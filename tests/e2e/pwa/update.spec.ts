import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { buildServiceWorker } from '../../../scripts/build-sw.js';
import { IntakePage } from '../pages/intake-page';
import { PwaShell } from '../pages/pwa-shell';
import { ReceiptPage } from '../pages/receipt-page';
import { setUpDevice } from '../support/device';
import { serveCopyOfBuild, type DeployServer } from './support';

/** The prompt waits for the new worker to download and precache the whole build (about 1.7 MB):
 * on a loaded 2-core CI machine that takes longer than an assertion's default 5 s. */
const SW_INSTALL = { timeout: 30_000 };

let server: DeployServer;

test.beforeEach(async () => {
	server = await serveCopyOfBuild();
});

test.afterEach(async () => {
	await server.close();
});

/** "Deploys" a new version into the served copy: a changed index.html and its new sw.js. */
async function deployNewVersion({ dir, restart }: DeployServer): Promise<void> {
	const index = path.join(dir, 'index.html');
	const html = fs.readFileSync(index, 'utf8');
	fs.writeFileSync(
		index,
		html.replace('<title>', '<meta name="motcua-test-version" content="2" />\n\t\t<title>')
	);
	await buildServiceWorker(dir);
	restart();
}

// Two ways an officer meets a new version: on the very first day (the page was taken over by
// the first worker, never loaded under one) and on any later day (loaded under the old worker).
for (const firstDay of [true, false]) {
	const when = firstDay ? 'on the first visit' : 'on a later visit';
	test(`${when}, a new version waits for the officer and takes over only on accept`, async ({
		page,
		context
	}) => {
		const shell = new PwaShell(page);
		await page.goto(server.url + '/');
		await shell.waitForOfflineReady();
		if (!firstDay) await page.reload();
		await shell.setMarker('đang nhập dở');

		await deployNewVersion(server);
		// The link drops and comes back, as it does in a commune: the app looks for a new
		// version when it is online again.
		await context.setOffline(true);
		await context.setOffline(false);

		await expect(shell.updatePrompt).toBeVisible(SW_INSTALL);
		// The officer does nothing for a while: the page must still be the same page.
		await page.waitForTimeout(1500);
		expect(await shell.marker()).toBe('đang nhập dở');

		await shell.postponeUpdate.click();
		await expect(shell.updatePrompt).toBeHidden();
		await expect(shell.reopenUpdate).toBeVisible();
		expect(await shell.marker()).toBe('đang nhập dở');

		await shell.reopenUpdate.click();
		// Well under UpdateState's 10 s fallback: the reload must come from the new worker taking
		// control, not from the safety net.
		const reloaded = page.waitForEvent('load', { timeout: 5000 });
		await shell.acceptUpdate.click();
		await reloaded;

		expect(await shell.marker()).toBeUndefined();
		await expect(shell.deployedVersion).toHaveAttribute('content', '2');
		await expect(shell.updatePrompt).toBeHidden();
		await expect(shell.reopenUpdate).toBeHidden();
	});
}

test('accepting in one tab does not reload the other tab, which then offers a reload', async ({
	context
}) => {
	const tabA = new PwaShell(await context.newPage());
	await tabA.page.goto(server.url + '/');
	await tabA.waitForOfflineReady();
	const tabB = new PwaShell(await context.newPage());
	await tabB.page.goto(server.url + '/');
	await tabB.waitForOfflineReady();
	await tabB.setMarker('biểu mẫu ở thẻ B');

	await deployNewVersion(server);
	await context.setOffline(true);
	await context.setOffline(false);
	await expect(tabA.updatePrompt).toBeVisible(SW_INSTALL);
	await expect(tabB.updatePrompt).toBeVisible(SW_INSTALL);

	const reloadedA = tabA.page.waitForEvent('load', { timeout: 5000 });
	await tabA.acceptUpdate.click();
	await reloadedA;
	await expect(tabA.deployedVersion).toHaveCount(1);

	await expect(tabB.updatePrompt).toContainText('một cửa sổ khác');
	await tabB.page.waitForTimeout(1500);
	expect(await tabB.marker()).toBe('biểu mẫu ở thẻ B');

	const reloadedB = tabB.page.waitForEvent('load');
	await tabB.acceptUpdate.click();
	await reloadedB;
	await expect(tabB.deployedVersion).toHaveCount(1);
});

test('a new version arrives while an intake is half filled: nothing is lost, the draft comes back', async ({
	browser
}) => {
	// An officer's browser pointed at the deployed copy, set up as a desk device.
	const context = await browser.newContext({
		baseURL: server.url,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh'
	});
	const page = await context.newPage();
	const shell = new PwaShell(page);
	const intake = new IntakePage(page);
	await setUpDevice(page, { slot: 2 });
	await shell.waitForOfflineReady();

	// Half an intake: procedure, name and ID typed, the address still empty.
	await intake.open();
	await intake.pickProcedure('dang ky khai sinh');
	await expect(intake.chosen).toContainText('1.001193');
	await intake.name.fill('Mùa Thị Sinh');
	await intake.citizenId.fill('011195004321');
	await shell.setMarker('đang tiếp nhận');

	await deployNewVersion(server);
	await context.setOffline(true);
	await context.setOffline(false);

	await expect(shell.updatePrompt).toBeVisible(SW_INSTALL);
	await expect(shell.updatePrompt).toContainText('Bạn đang nhập dở');
	// The prompt did not reload the page or touch the form.
	expect(await shell.marker()).toBe('đang tiếp nhận');
	await expect(shell.deployedVersion).toHaveCount(0);
	await expect(intake.chosen).toContainText('1.001193');
	await expect(intake.name).toHaveValue('Mùa Thị Sinh');
	await expect(intake.citizenId).toHaveValue('011195004321');
	await expect(intake.address).toHaveValue('');

	// The officer keeps typing with the prompt open; then accepts.
	await intake.phone.fill('0912 000 111');
	expect(await shell.marker()).toBe('đang tiếp nhận');
	const reloaded = page.waitForEvent('load', { timeout: 5000 });
	await shell.acceptUpdate.click();
	await reloaded;

	// The new version, on the same intake, with the draft restored.
	expect(await shell.marker()).toBeUndefined();
	await expect(shell.deployedVersion).toHaveAttribute('content', '2');
	await expect(page).toHaveURL(/\/intake$/);
	await expect(intake.draftRestored).toBeVisible();
	await expect(intake.chosen).toContainText('1.001193');
	await expect(intake.name).toHaveValue('Mùa Thị Sinh');
	await expect(intake.citizenId).toHaveValue('011195004321');
	await expect(intake.phone).toHaveValue('0912 000 111');
	await expect(shell.updatePrompt).toBeHidden();

	// The restored draft finishes the intake in the new version.
	await intake.address.fill('Bản Phiêng Pẻn, xã Na Sơn, tỉnh Điện Biên');
	await intake.save.click();
	const receipt = new ReceiptPage(page);
	await expect(receipt.code).toHaveText(/-2\d{3}$/);
	await expect(receipt.sheet).toContainText('Mùa Thị Sinh');
	await context.close();
});
