import { expect, test, type Page } from '@playwright/test';
import { launchProfile, tempDir } from './pwa/support';
import { BookPage } from './pages/book-page';
import { DossierPage } from './pages/dossier-page';
import { HomePage } from './pages/home-page';
import { IntakePage } from './pages/intake-page';
import { PwaShell } from './pages/pwa-shell';
import { ReceiptPage } from './pages/receipt-page';
import { setUpDevice } from './support/device';
import { cameraPhoto, devicePhotos } from './support/images';
import { vnYymmdd } from './support/vn-date';

const codeOf = (seq: number) => `000.01.11.H99-${vnYymmdd()}-${seq}`;
const FULL = 'Bộ nhớ của trình duyệt đã đầy: chưa lưu được.';

/**
 * A laptop whose disk is full: the browser restarts on the officer's profile with the origin's
 * quota below what it already uses. Chromium takes the quota when it opens the origin's storage
 * and refuses every write past it, so this is a real QuotaExceededError from IndexedDB, not a
 * stand-in (PouchDB's idb adapter cannot even open: it writes its metadata on open).
 * estimate() still reports the disk's quota.
 */
async function restart(dir: string, baseURL: string, quotaSize?: number) {
	const context = await launchProfile(dir, { baseURL });
	const page = await context.newPage();
	if (quotaSize !== undefined) {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: baseURL, quotaSize });
	}
	return { context, page };
}

test('a full disk still opens the book, refuses the save in Vietnamese, stores nothing, and the form saves once there is room', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	const base = baseURL ?? '';
	const { dir, remove } = tempDir('motcua-quota-');
	try {
		let { context, page } = await restart(dir, base);
		await setUpDevice(page, { slot: 1 });
		let intake = new IntakePage(page);
		await intake.open();
		await intake.fillBirthRegistration('Lò Thị Một');
		await intake.save.click();
		await expect(new ReceiptPage(page).code).toHaveText(codeOf(1001));
		const used = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
		await context.close();

		// The disk is full: the origin already uses more than it may. The app still opens on what
		// it has, says so, and lists the dossier.
		({ context, page } = await restart(dir, base, Math.floor(used / 2)));
		await page.goto('/book');
		await expect(new PwaShell(page).storeStartFailure).toContainText(
			'Bộ nhớ của máy đã đầy: MotCua vẫn mở sổ theo dõi và báo cáo'
		);
		await expect(new BookPage(page).mention('Lò Thị Một')).toBeVisible();
		const photo = await cameraPhoto(page, 'to-khai.jpg', 5);
		intake = new IntakePage(page);
		await intake.open();
		await intake.fillBirthRegistration('Quàng Văn Hai');
		await intake.takePhoto('to_khai', photo);
		await expect(intake.photoPreviews).toHaveCount(1);
		await intake.save.click();
		await expect(intake.errors).toContainText(FULL);
		// Still the filled form with its photo: nothing lost on screen, no receipt printed.
		await expect(intake.name).toHaveValue('Quàng Văn Hai');
		await expect(intake.photoPreviews).toHaveCount(1);
		await expect(new ReceiptPage(page).code).toBeHidden();
		expect(await devicePhotos(page)).toEqual([]);
		// A dossier's page says the store cannot be read; it never claims the dossier is gone.
		await page.goto(`/dossiers/${codeOf(1001)}`);
		await expect(new DossierPage(page).alert(codeOf(1001))).toContainText('Chưa đọc được hồ sơ');
		await context.close();

		// Room again (photos freed elsewhere): the draft comes back and saves with the next number.
		({ context, page } = await restart(dir, base));
		const home = new HomePage(page);
		await home.open();
		await expect(home.dossierCount).toContainText('có 1 hồ sơ');
		await expect(new PwaShell(page).storeStartFailure).toBeHidden();
		// Nothing half-stored by the refused save: no dossier, no photo, no number used.
		expect(await holds(page, codeOf(1002))).toBe(false);
		expect(await devicePhotos(page)).toEqual([]);
		intake = new IntakePage(page);
		await intake.open();
		await expect(intake.name).toHaveValue('Quàng Văn Hai');
		await intake.takePhoto('to_khai', photo);
		await expect(intake.photoPreviews).toHaveCount(1);
		await intake.save.click();
		await expect(new ReceiptPage(page).code).toHaveText(codeOf(1002));
		expect((await devicePhotos(page)).map((p) => p.dossier_code)).toEqual([codeOf(1002)]);
		await home.open();
		await expect(home.dossierCount).toContainText('có 2 hồ sơ');
		await context.close();
	} finally {
		remove();
	}
});

/** Whether the device holds dossier `code`, read in a second tab so the form stays as it is. */
async function holds(page: Page, code: string): Promise<boolean> {
	const other = await page.context().newPage();
	await other.goto(`/dossiers/${code}/receipt`);
	const receipt = new ReceiptPage(other);
	const found = receipt.code;
	const missing = receipt.notFound(code);
	await expect(found.or(missing)).toBeVisible();
	const held = await found.isVisible();
	await other.close();
	return held;
}
