// The lock screen (issue 19) as the benchmarks meet it: every load of a device someone signed in
// on starts locked, so a measured page is opened with the password (or the PIN of the day).
import { PASSWORD } from './server.js';

/** @typedef {import('@playwright/test').Page} Page */

/**
 * When the page (just loaded) shows the lock screen, opens it and returns the milliseconds from
 * the press of "Mở khoá" to the lock screen gone (the key derivation and the unwrap); null when
 * the page was not locked. Pages render only after the runtime started, so the first heading
 * tells which.
 * @param {Page} page @param {{ pin?: string }} [o]
 * @returns {Promise<number | null>}
 */
export async function unlockIfLocked(page, o = {}) {
	await page.locator('h1').first().waitFor();
	const title = page.getByRole('heading', { name: 'Máy đang khoá' });
	if (!(await title.isVisible())) return null;
	if (o.pin) await page.getByRole('button', { name: 'Mở bằng mã PIN' }).click();
	await page.locator('#lock-secret').fill(o.pin ?? PASSWORD);
	const t0 = await page.evaluate(() => performance.now());
	await page.getByRole('button', { name: 'Mở khoá', exact: true }).click();
	await title.waitFor({ state: 'detached' });
	const t1 = await page.evaluate(() => performance.now());
	return t1 - t0;
}

/**
 * After a password unlock the app offers a PIN of the day: sets `pin`, or declines when no
 * PIN is given (so the offer does not cover what is measured next).
 * @param {Page} page @param {string} [pin]
 */
export async function answerPinOffer(page, pin) {
	const offer = page.getByRole('heading', { name: 'Đặt mã PIN cho hôm nay?' });
	await offer.waitFor();
	if (pin) {
		await page.locator('#pin-new').fill(pin);
		await page.getByRole('button', { name: 'Đặt mã PIN' }).click();
	} else await page.getByRole('button', { name: 'Bỏ qua' }).click();
	await offer.waitFor({ state: 'detached' });
}

/** The PIN of the day the benchmarks set on a measured device. */
export const BENCH_PIN = '246810';

/**
 * Right after the first sign-in: a reload locks the device, the password opens it (and starts the
 * sync), the PIN of the day is set, and a second reload opens with the PIN, which resumes no sync.
 * From then on `gotoUnlocked` opens any page with the PIN, so nothing replicates while measuring.
 * @param {Page} page
 */
export async function settleOnPin(page) {
	await page.reload();
	if ((await unlockIfLocked(page)) === null) throw new Error('the device did not start locked');
	await answerPinOffer(page, BENCH_PIN);
	await page.reload();
	await unlockIfLocked(page, { pin: BENCH_PIN });
}

/**
 * `page.goto(url)`, then the PIN when the load is locked.
 * @param {Page} page @param {string} url
 */
export async function gotoUnlocked(page, url) {
	await page.goto(url);
	await unlockIfLocked(page, { pin: BENCH_PIN });
}
