import { expect, test } from '@playwright/test';
import { BookPage } from '../pages/book-page';
import { DossierPage } from '../pages/dossier-page';
import { IntakePage } from '../pages/intake-page';
import { ReceiptPage } from '../pages/receipt-page';
import { PwaShell } from '../pages/pwa-shell';
import { setUpDevice } from '../support/device';

test('with the network cut, the desk still takes a dossier, prints it and lists it', async ({
	page,
	context
}) => {
	await setUpDevice(page, { slot: 1 });
	const shell = new PwaShell(page);
	await shell.waitForOfflineReady();
	await context.setOffline(true);

	const intake = new IntakePage(page);
	await page.reload();
	await intake.open();
	await intake.fillBirthRegistration('Lường Văn Thắng');
	await intake.save.click();
	const receipt = new ReceiptPage(page);
	await expect(receipt.sheet).toContainText('Lường Văn Thắng');
	const code = (await receipt.code.textContent()) ?? '';

	for (const path of ['/', '/today', '/catalog', '/settings', '/sync']) {
		const response = await page.goto(path);
		expect(response?.fromServiceWorker()).toBe(true);
		await expect(shell.heading).toBeVisible();
	}
	const book = new BookPage(page);
	await book.open();
	await expect(book.rows.first()).toContainText(code);
	await page.goto(`/dossiers/${code}`);
	await expect(new DossierPage(page).status).toContainText('(mã 2)');
});
