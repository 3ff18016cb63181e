import { expect, test } from '@playwright/test';
import { BookPage } from './pages/book-page';
import { DossierPage } from './pages/dossier-page';
import { indexedDbDump } from './pages/device-notice';
import { IntakePage } from './pages/intake-page';
import { LockPage } from './pages/lock-page';
import { PwaShell } from './pages/pwa-shell';
import { ReceiptPage } from './pages/receipt-page';
import { SyncPage } from './pages/sync-page';
import { navigate } from './support/in-app';
import { cameraPhoto, devicePhotos } from './support/images';

// Issue 19's acceptance: a lost phone gives away nothing. The device's IndexedDB is read
// directly (every database, every store) while the lock screen is up: no name, ID number or
// phone of its dossiers, in any spelling, and no photo a viewer could decode. Then the password
// opens it with the network cut and the desk works, served by the service worker. (That the
// password check itself needs no server is sync-login.spec's offline unlock, with the worker
// blocked: Playwright's offline emulation does not cover requests a worker passes through.)
const NAME = 'Lường Thị Ngọc Ánh';
const CLEAR = [
	NAME,
	'luong thi ngoc anh',
	'Lường',
	// IntakePage.fillBirthRegistration's ID number and phone, as typed and as stored.
	'001185012345',
	'0912 345 678',
	'0912345678',
	'Bản Na Sơn'
];

test('a locked device holds no name, ID number, phone or decodable photo; the password opens it offline', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const context = await browser.newContext();
	const page = await context.newPage();
	const sync = new SyncPage(page);
	await sync.open();
	await new PwaShell(page).waitForOfflineReady();
	await sync.logIn('officer-99902');
	await sync.waitInSync();

	// A dossier with a document photo, taken and folded into the book.
	const intake = new IntakePage(page);
	await navigate(page, 'Tiếp nhận hồ sơ');
	await intake.fillBirthRegistration(NAME);
	await intake.channel.selectOption('mobile');
	await intake.takePhoto('to_khai', await cameraPhoto(page, 'to-khai.jpg', 7));
	await expect(intake.photoPreviews).toHaveCount(1);
	await intake.save.click();
	const code = (await new ReceiptPage(page).code.textContent()) ?? '';
	expect(code).not.toBe('');
	const book = new BookPage(page);
	await navigate(page, 'Sổ theo dõi');
	await book.find('luong thi ngoc');
	await expect(book.rows.first()).toContainText(NAME);

	// Started again with the network cut: locked, and nothing personal on screen or at rest.
	await context.setOffline(true);
	await page.reload();
	const lock = new LockPage(page);
	await expect(lock.title).toBeVisible();
	expect(await page.locator('body').innerText()).not.toContain(NAME);
	const dump = await indexedDbDump(page);
	expect(dump.databases).toEqual(
		expect.arrayContaining(['motcua-journal', 'motcua-read', '_pouch_commune-99902'])
	);
	// The dump reaches the records: the dossier's id (not personal) is there.
	expect(dump.text).toContain(code);
	for (const clear of CLEAR) expect(dump.text, clear).not.toContain(clear);
	const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
	for (const clear of CLEAR) expect(storage, clear).not.toContain(clear);
	const photos = (await devicePhotos(page)).filter((p) => p.dossier_code === code);
	expect(photos).toHaveLength(1);
	for (const p of photos) {
		const bytes = Buffer.from(p.data ?? '', 'base64');
		expect(p.sealed).toBe(true);
		// No JPEG signature, and not the file's own length: AES-GCM bytes, IV and tag.
		expect(bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
		expect(bytes.length).toBe(p.bytes + 28);
	}

	// The password opens it: the book finds her, the photo shows, intake works, all offline.
	await lock.secret.fill('motcua');
	await lock.unlock.click();
	await expect(lock.title).toBeHidden();
	await navigate(page, 'Sổ theo dõi');
	await book.find('luong thi ngoc');
	await expect(book.rows.first()).toContainText(NAME);
	await book.openDossier(code);
	const dossier = new DossierPage(page);
	await dossier.viewPhoto(/^Xem ảnh Tờ khai/);
	await expect.poll(() => dossier.viewerImageWidth()).toBeGreaterThan(0);
	await dossier.closePhotoViewer();
	await navigate(page, 'Tiếp nhận hồ sơ');
	await intake.fillBirthRegistration('Cà Văn Thắng');
	await intake.save.click();
	await expect(new ReceiptPage(page).code).not.toHaveText('');
	await context.close();
});
