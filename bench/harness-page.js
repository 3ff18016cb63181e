// The harness page: an empty page on the server's origin (so /couchdb is same-origin) that loads
// .tmp/bench/harness.js (bundled by bench/vite.config.js) and exposes `window.motcuaBench`.
// Served by Playwright's routing, so nothing is added to the production build.
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.resolve('.tmp/bench');
const HTML =
	'<!doctype html><meta charset="utf-8"><title>MotCua bench</title>' +
	'<script type="module" src="/__bench/harness.js"></script>';

/**
 * @param {import('@playwright/test').Page} page
 * @param {string} origin
 */
export async function openHarness(page, origin) {
	await page.route('**/__bench/**', (route) => {
		const name = new URL(route.request().url()).pathname.replace('/__bench/', '');
		if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: HTML });
		const file = path.join(DIR, path.basename(name));
		if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
		return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(file) });
	});
	await page.goto(`${origin}/__bench/index.html`);
	await page.waitForFunction(() => /** @type {any} */ (window).motcuaBench?.ready === true);
}

/**
 * Runs `motcuaBench[name](...args)` in the harness page.
 * @param {import('@playwright/test').Page} page
 * @param {'engineUpload' | 'plainUpload' | 'engineDownload' | 'floorDownload'} name
 * @param {unknown[]} args
 * @returns {Promise<{ ms: number, docs: number, bytesSent: number, bytesReceived: number, requests: number }>}
 */
export function harness(page, name, args) {
	return page.evaluate(
		([n, a]) =>
			/** @type {any} */ (window).motcuaBench[/** @type {string} */ (n)](
				.../** @type {unknown[]} */ (a)
			),
		/** @type {[string, unknown[]]} */ ([name, args])
	);
}
