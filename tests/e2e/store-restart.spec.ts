import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchProfile } from './pwa/support';
import { HomePage } from './pages/home-page';
import { IntakePage } from './pages/intake-page';
import { ReceiptPage } from './pages/receipt-page';
import { setUpDevice } from './support/device';

test('dossiers are still there after the browser is closed and started again', async ({
	baseURL
}) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-profile-'));
	const launch = () => launchProfile(dir, { baseURL: baseURL ?? '' });
	try {
		let context = await launch();
		let page = await context.newPage();
		await setUpDevice(page, { slot: 1 });
		const intake = new IntakePage(page);
		await intake.open();
		await intake.fillBirthRegistration('Lường Thị Duyên');
		await intake.save.click();
		const code = (await new ReceiptPage(page).code.textContent()) ?? '';
		await context.close();

		context = await launch();
		page = await context.newPage();
		await page.goto(`/dossiers/${code}/receipt`);
		await expect(new ReceiptPage(page).sheet).toContainText('Lường Thị Duyên');
		const home = new HomePage(page);
		await home.open();
		await expect(home.dossierCount).toContainText('có 1 hồ sơ');
		await context.close();
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
});
