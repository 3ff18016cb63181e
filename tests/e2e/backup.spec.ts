import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HomePage } from './pages/home-page';
import { IntakePage } from './pages/intake-page';
import { ReceiptPage } from './pages/receipt-page';
import { SettingsPage } from './pages/settings-page';
import { setUpDevice } from './support/device';

test('a backup file restores every record into an empty device, twice without change; a damaged one is refused', async ({
	page,
	browser
}) => {
	await setUpDevice(page, { slot: 1 });
	const intake = new IntakePage(page);
	for (const name of ['Lò Văn Pấng', 'Quàng Thị Ển']) {
		await intake.open();
		await intake.fillBirthRegistration(name);
		await intake.save.click();
		await expect(new ReceiptPage(page).code).toBeVisible();
	}
	const settings = new SettingsPage(page);
	await settings.open();
	const [download] = await Promise.all([page.waitForEvent('download'), settings.backup.click()]);
	expect(download.suggestedFilename()).toMatch(/^motcua-99901-\d{4}-\d{2}-\d{2}\.json$/);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-backup-'));
	const file = path.join(dir, download.suggestedFilename());
	await download.saveAs(file);
	const damaged = path.join(dir, 'damaged.json');
	fs.writeFileSync(damaged, fs.readFileSync(file, 'utf8').replace('Pấng', 'Páng'));

	const other = await (await browser.newContext()).newPage();
	await setUpDevice(other, { slot: 2 });
	const target = new SettingsPage(other);
	await target.open();
	await target.restoreInput.setInputFiles(damaged);
	await expect(target.status).toContainText('bị hỏng hoặc đã bị sửa');
	await target.restoreInput.setInputFiles(file);
	await expect(target.status).toHaveText('Đã khôi phục: thêm mới 2 trong 2 bản ghi của tệp.');
	await target.restoreInput.setInputFiles([]);
	await target.restoreInput.setInputFiles(file);
	await expect(target.status).toHaveText('Đã khôi phục: thêm mới 0 trong 2 bản ghi của tệp.');
	const otherHome = new HomePage(other);
	await otherHome.open();
	await expect(otherHome.dossierCount).toContainText('có 2 hồ sơ');
	fs.rmSync(dir, { recursive: true, force: true });
});
