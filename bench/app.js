// Drives the production app as an officer would (the selectors of tests/e2e/pages), and reads
// the timings the app marks with performance.measure (`motcua:intake-durable`,
// `motcua:book-query`).

import { gotoUnlocked } from './lock.js';

/** @typedef {import('@playwright/test').Page} Page */

const PASSWORD = 'motcua';

/** @param {Page} page @param {string} user */
export async function logIn(page, user) {
	await page.goto('/sync');
	await page.getByLabel('Tên đăng nhập').fill(user);
	await page.getByLabel('Mật khẩu').fill(PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** How many dossiers the read model (the tracking book) holds, straight from IndexedDB. */
/** @param {Page} page @returns {Promise<number>} */
export function bookCount(page) {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('motcua-read');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('dossiers')) return resolve(0);
					const count = db.transaction('dossiers').objectStore('dossiers').count();
					count.onsuccess = () => {
						resolve(count.result);
						db.close();
					};
					count.onerror = () => reject(count.error);
				};
			})
	);
}

/** The projector's checkpoint in the read model (`projector.since`), straight from IndexedDB. */
/** @param {Page} page @returns {Promise<unknown>} */
function projectorSince(page) {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('motcua-read');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('meta')) return resolve(null);
					const get = db.transaction('meta').objectStore('meta').get('projector.since');
					get.onsuccess = () => {
						resolve(get.result?.value ?? null);
						db.close();
					};
					get.onerror = () => reject(get.error);
				};
			})
	);
}

/**
 * Waits until the projector's checkpoint has not moved for 3 s: after a large download it may
 * still be folding the last events, which would weigh on what is measured next.
 * @param {Page} page
 */
export async function waitProjectorIdle(page) {
	let last = await projectorSince(page);
	let still = Date.now();
	while (Date.now() - still < 3000) {
		await page.waitForTimeout(500);
		const now = await projectorSince(page);
		if (now !== last) {
			last = now;
			still = Date.now();
		}
	}
}

/** @param {Page} page */
export async function syncPhase(page) {
	return (await page.getByTestId('sync-phase').textContent())?.trim() ?? '';
}

/** Phases once the first download is over (live sync running or idle). */
const AFTER_DOWNLOAD = ['Đang đồng bộ…', 'Đã đồng bộ'];

/**
 * Waits, printing progress, until the first download is over (the sync page shows live sync)
 * and the tracking book holds `expected` dossiers; returns the seconds to each.
 * @param {Page} page @param {number} expected @param {(line: string) => void} log
 */
export async function waitForBook(page, expected, log) {
	const t0 = Date.now();
	let synced = null;
	let last = 0;
	for (;;) {
		const count = await bookCount(page);
		const phase = await syncPhase(page).catch(() => '');
		if (synced === null && AFTER_DOWNLOAD.includes(phase)) synced = (Date.now() - t0) / 1000;
		if (count >= expected && synced !== null)
			return { synced, projected: (Date.now() - t0) / 1000 };
		if (Date.now() - last > 10_000) {
			last = Date.now();
			const progress = (
				await page
					.getByTestId('sync-progress')
					.textContent()
					.catch(() => '')
			)?.trim();
			log(
				`  ${Math.round((Date.now() - t0) / 1000)} s: ${phase} ${progress ?? ''}, book ${count}/${expected}`
			);
		}
		await page.waitForTimeout(1000);
	}
}

/**
 * One intake through the form (birth registration of a Thái citizen); returns the app's
 * `motcua:intake-durable` measure: from the save reaching the repository to the strict journal
 * commit.
 * @param {Page} page @param {number} i
 */
export async function intakeOnce(page, i) {
	// After the first, through the menu (a client-side navigation, as at the desk).
	if (i === 0) await gotoUnlocked(page, '/intake');
	else
		await page
			.getByRole('navigation', { name: 'Điều hướng chính' })
			.getByRole('link', { name: 'Tiếp nhận hồ sơ' })
			.click();
	await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
	await page.getByRole('combobox', { name: 'Thủ tục hành chính' }).fill('dang ky khai sinh');
	await page.getByRole('combobox', { name: 'Thủ tục hành chính' }).press('Enter');
	await page.getByTestId('chosen-procedure').filter({ hasText: '1.001193' }).waitFor();
	await page
		.getByLabel('Họ và tên', { exact: true })
		.fill(`Lò Thị ${['Hoa', 'Lan', 'Mai', 'Ánh'][i % 4]}`);
	await page.getByLabel('Số định danh cá nhân (12 số)').fill('011185012345');
	await page.getByLabel('Số điện thoại').fill('0912 345 678');
	await page.getByLabel('Địa chỉ', { exact: true }).fill('Bản Na Sơn, xã Na Sơn, tỉnh Điện Biên');
	await page.getByRole('button', { name: 'Lưu và in giấy tiếp nhận' }).click();
	await page.getByTestId('receipt-code').waitFor();
	return page.evaluate(() => {
		const all = performance.getEntriesByName('motcua:intake-durable');
		return all[all.length - 1]?.duration ?? Number.NaN;
	});
}

/**
 * Arms a timer in the page: starts at the next `trigger` event (keydown Enter, or a click), stops
 * at the frame after the first tracking-book query that began after it.
 * @param {Page} page @param {'keydown' | 'click'} trigger
 */
function armQueryTimer(page, trigger) {
	return page.evaluate((kind) => {
		const w = /** @type {any} */ (window);
		w.__bookTimer = { t0: null, done: null };
		addEventListener(
			kind,
			() => {
				w.__bookTimer.t0 = performance.now();
			},
			{ capture: true, once: true }
		);
		const observer = new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				const t0 = w.__bookTimer.t0;
				if (e.name !== 'motcua:book-query' || t0 === null || e.startTime < t0) continue;
				observer.disconnect();
				requestAnimationFrame(() => (w.__bookTimer.done = performance.now()));
			}
		});
		observer.observe({ entryTypes: ['measure'] });
	}, trigger);
}

/** @param {Page} page @returns {Promise<number>} */
async function readQueryTimer(page) {
	await page.waitForFunction(() => /** @type {any} */ (window).__bookTimer.done !== null, null, {
		timeout: 600_000
	});
	return page.evaluate(() => {
		const t = /** @type {any} */ (window).__bookTimer;
		return t.done - t.t0;
	});
}

/**
 * Searches the tracking book: Enter in the search box → the frame after the query's answer.
 * @param {Page} page @param {string} text
 */
export async function searchOnce(page, text) {
	const box = page.getByLabel('Tìm theo tên, mã hồ sơ, số định danh, số điện thoại');
	await box.fill(text);
	await armQueryTimer(page, 'keydown');
	await box.press('Enter');
	return readQueryTimer(page);
}

/**
 * From the home page, a click on "Sổ theo dõi" → the frame after the first page's query.
 * @param {Page} page
 */
export async function bookFirstPage(page) {
	await gotoUnlocked(page, '/');
	await page.getByRole('heading', { level: 1 }).waitFor();
	await armQueryTimer(page, 'click');
	await page.getByRole('link', { name: 'Sổ theo dõi' }).first().click();
	const ms = await readQueryTimer(page);
	await page.getByTestId('book-row').first().waitFor();
	return ms;
}

/**
 * The rebuild action of the settings page, click → "rebuilt from N dossiers".
 * @param {Page} page
 */
export async function rebuild(page) {
	await gotoUnlocked(page, '/settings');
	const button = page.getByRole('button', { name: 'Dựng lại sổ theo dõi' });
	await button.waitFor();
	const status = page.getByTestId('maintenance-status');
	const t0 = Date.now();
	await button.click();
	await status.filter({ hasText: 'Đã dựng lại sổ theo dõi' }).waitFor({ timeout: 3_600_000 });
	return { ms: Date.now() - t0, text: (await status.textContent())?.trim() ?? '' };
}

/**
 * Records when the tracking book's first row is laid out, then the next frame
 * (`window.__usableAt`, from the navigation's start). An init script.
 */
export const MARK_BOOK_USABLE = () => {
	const w = /** @type {any} */ (window);
	const done = () => requestAnimationFrame(() => (w.__usableAt = performance.now()));
	const ready = () => {
		const row = document.querySelector('[data-testid="book-row"]');
		return row !== null && row.getBoundingClientRect().height > 0;
	};
	const observer = new MutationObserver(() => {
		if (ready()) {
			observer.disconnect();
			done();
		}
	});
	observer.observe(document, { childList: true, subtree: true });
};

/** @param {Page} page @returns {Promise<number>} */
export async function usableAt(page) {
	await page.waitForFunction(() => /** @type {any} */ (window).__usableAt !== undefined, null, {
		timeout: 600_000
	});
	return page.evaluate(() => /** @type {any} */ (window).__usableAt);
}

/**
 * The report page for a whole year: from the year typed in the period picker (committed with
 * Tab) to the figures of that year shown. Starts on the following year, which has none.
 * @param {Page} page @param {number} year
 * @returns {Promise<{ ms: number, received: string }>}
 */
export async function reportYear(page, year) {
	await gotoUnlocked(page, `/reports?kind=year&y=${year + 1}`);
	const figure = page.getByTestId('fig-received');
	await figure.waitFor();
	const before = (await figure.textContent()) ?? '';
	const input = page.getByTestId('period-year');
	await input.fill(String(year));
	const t0 = Date.now();
	await input.press('Tab');
	await page.waitForFunction(
		(b) => {
			// The figures are replaced by "loading" while the year's rows are read.
			const text = document.querySelector('[data-testid="fig-received"]')?.textContent;
			return text !== undefined && text !== b;
		},
		before,
		{ timeout: 600_000 }
	);
	return { ms: Date.now() - t0, received: ((await figure.textContent()) ?? '').trim() };
}
