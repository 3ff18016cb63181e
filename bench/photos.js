#!/usr/bin/env node
// `npm run bench:photos [-- --quick]` (issue 9): document photos on a phone-sized page in real
// Chromium against the production build and the embedded upstream. Prints one table:
// - bytes per photo after downscaling (a 4000×3000 document photo drawn by Chromium);
// - time to downscale, CPU throttled 4×: from the file handed to the intake form's photo input
//   to its thumbnail shown (the app's own path: createImageBitmap, OffscreenCanvas, JPEG);
// - the sync of N dossiers with 3 photos each over a 256 kbit/s, 300 ms link (Chromium's network
//   emulation): when every record is upstream, then when every image is, records first.
// Needs `npm run build`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { logIn } from './app.js';
import { CPU_SLOWDOWN, launch } from './browser.js';
import { medianP95 } from './lib/stats.js';
import { ensureBuild } from '../scripts/build.js';
import { startUpstream } from './server.js';

const QUICK = process.argv.includes('--quick');
const DOSSIERS = QUICK ? 4 : 20;
const DOWNSCALE_RUNS = QUICK ? 3 : 7;
const LINK = { latency: 300, downloadThroughput: 32_000, uploadThroughput: 32_000 };
const COMMUNE = '99902';
const UPSTREAM = `Basic ${Buffer.from('upstream:motcua').toString('base64')}`;

const NAMES = ['Lò Văn An', 'Quàng Thị Bình', 'Cà Văn Chung', 'Lường Thị Dung', 'Tòng Văn Hải'];
const log = (/** @type {string} */ m) => console.error(`[bench:photos] ${m}`);
const ms = (/** @type {number} */ v) => `${Math.round(v)} ms`;
const kib = (/** @type {number} */ v) => `${(v / 1024).toFixed(1)} KiB`;

/** A document photo as a phone takes it: paper, 30 lines of text, sensor noise; JPEG 0.92. */
async function photoFile(page, dir, seed) {
	const base64 = await page.evaluate(async (s) => {
		const canvas = new OffscreenCanvas(4000, 3000);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no canvas');
		const g = ctx.createLinearGradient(0, 0, 4000, 3000);
		g.addColorStop(0, '#f6f2e8');
		g.addColorStop(1, '#e4ddcc');
		ctx.fillStyle = g;
		ctx.fillRect(0, 0, 4000, 3000);
		let x = s * 7919 + 17;
		const rand = () => (x = (x * 9301 + 49297) % 233280) / 233280;
		for (let i = 0; i < 2500; i += 1) {
			ctx.fillStyle = `rgba(90,80,60,${0.04 + rand() * 0.08})`;
			ctx.fillRect(rand() * 4000, rand() * 3000, 2 + rand() * 12, 2 + rand() * 12);
		}
		ctx.fillStyle = '#1a1a1a';
		ctx.font = '58px serif';
		for (let line = 0; line < 30; line += 1) {
			ctx.fillText(
				`Tờ khai đăng ký khai sinh — dòng ${line + 1} — Nguyễn Thị ${s}`,
				260,
				260 + line * 84
			);
		}
		const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let text = '';
		for (let i = 0; i < bytes.length; i += 0x8000) {
			text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		}
		return btoa(text);
	}, seed);
	const file = path.join(dir, `photo-${seed}.jpg`);
	fs.writeFileSync(file, Buffer.from(base64, 'base64'));
	return file;
}

/** In-app navigation: a reload would lock sync (the password is only in memory). */
async function nav(page, link) {
	await page
		.getByRole('navigation', { name: 'Điều hướng chính' })
		.getByRole('link', { name: link })
		.click();
	await page.getByRole('heading', { level: 1 }).waitFor();
}

async function fillIntake(page, name) {
	await nav(page, 'Tiếp nhận hồ sơ');
	await page.getByRole('combobox', { name: 'Thủ tục hành chính' }).fill('dang ky khai sinh');
	await page.getByRole('combobox', { name: 'Thủ tục hành chính' }).press('Enter');
	await page.getByLabel('Họ và tên', { exact: true }).fill(name);
	await page.getByLabel('Số định danh cá nhân (12 số)').fill('001185012345');
	await page.getByLabel('Số điện thoại').fill('0912 345 678');
	await page.getByLabel('Địa chỉ', { exact: true }).fill('Bản Na Sơn, xã Na Sơn, tỉnh Điện Biên');
	await page.getByLabel('Hình thức nộp').selectOption('mobile');
}

const thumbs = (page) => page.getByRole('button', { name: /^Xem ảnh/ });

async function save(page) {
	await page.getByRole('button', { name: 'Lưu và in giấy tiếp nhận' }).click();
	await page.getByTestId('receipt-code').waitFor({ timeout: 30_000 });
	return (await page.getByTestId('receipt-code').textContent()) ?? '';
}

async function count(couch, db, prefix) {
	const res = await fetch(
		`${couch}/${db}/_all_docs?startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`,
		{ headers: { Authorization: UPSTREAM } }
	);
	const body = await res.json();
	return body.rows?.length ?? 0;
}

async function main() {
	await ensureBuild();
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-photos-'));
	const server = await startUpstream();
	const browser = await launch(path.join(tmp, 'profile'), {
		baseURL: server.origin,
		blockServiceWorkers: true
	});
	const { page, cdp } = browser;
	await page.setViewportSize({ width: 360, height: 740 });
	try {
		await logIn(page, `officer-${COMMUNE}`);
		await page.getByTestId('sync-phase').filter({ hasText: 'Đã đồng bộ' }).waitFor();
		const files = [];
		for (let i = 0; i < 3; i += 1) files.push(await photoFile(page, tmp, i + 1));
		const input = fs.statSync(files[0]).size;

		// Downscaling at 4× CPU: file handed to the input → thumbnail shown.
		log(`downscale ×${DOWNSCALE_RUNS} at ${CPU_SLOWDOWN}× CPU`);
		await fillIntake(page, 'Đo thời gian thu nhỏ ảnh');
		await browser.throttle(CPU_SLOWDOWN);
		const downscale = [];
		for (let i = 0; i < DOWNSCALE_RUNS; i += 1) {
			const before = await thumbs(page).count();
			const t0 = performance.now();
			await page.getByTestId('photo-input-to_khai').setInputFiles(files[i % 3]);
			await thumbs(page).nth(before).waitFor();
			downscale.push(performance.now() - t0);
			await page
				.getByRole('button', { name: /^Bỏ ảnh/ })
				.first()
				.click();
		}
		await browser.throttle(1);
		// Saved online once: the receipt page's code is loaded before the network goes (no
		// service worker here, so an unvisited route cannot load offline).
		log('warm-up save');
		await save(page);

		// N dossiers with 3 photos each, taken offline.
		log(`${DOSSIERS} dossiers × 3 photos, offline`);
		await page.context().setOffline(true);
		const codes = [];
		for (let i = 0; i < DOSSIERS; i += 1) {
			if (i % 5 === 0) log(`  dossier ${i + 1} of ${DOSSIERS}`);
			await fillIntake(page, NAMES[i % NAMES.length] ?? 'Lò Văn An');
			await page.getByTestId('photo-input-to_khai').setInputFiles(files[0]);
			await page.getByTestId('file-input-to_khai').setInputFiles(files[1]);
			await page.getByTestId('photo-input-giay_chung_sinh').setInputFiles(files[2]);
			await thumbs(page).nth(2).waitFor();
			codes.push(await save(page));
		}
		const stored = await page.evaluate(async () => {
			const db = await new Promise((resolve, reject) => {
				const r = indexedDB.open('motcua-journal');
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
			const rows = await new Promise((resolve) => {
				const r = db.transaction('photos').objectStore('photos').getAll();
				r.onsuccess = () => resolve(r.result);
			});
			db.close();
			return rows.map((r) => r.bytes);
		});
		const perPhoto = medianP95(stored);

		// Back on a 2G-like link: records first, then images.
		log(`sync over ${(LINK.uploadThroughput * 8) / 1000} kbit/s, ${LINK.latency} ms`);
		await page.context().setOffline(false);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, ...LINK });
		await nav(page, 'Đồng bộ');
		const t0 = performance.now();
		await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
		let recordsAt = 0;
		let imagesAt = 0;
		let imagesWhenRecordsDone = -1;
		const wantImages = DOSSIERS * 3;
		while (imagesAt === 0) {
			const [records, images] = await Promise.all([
				count(server.couch, `commune-${COMMUNE}`, 'dossier:'),
				count(server.couch, `media-${COMMUNE}`, 'attachment:')
			]);
			if (!recordsAt && records >= DOSSIERS + 1) {
				// + 1: the warm-up dossier saved online before the measured ones.
				recordsAt = performance.now() - t0;
				imagesWhenRecordsDone = images;
			}
			if (images >= wantImages) imagesAt = performance.now() - t0;
			if (performance.now() - t0 > 30 * 60_000) throw new Error('photo sync took over 30 min');
			await new Promise((r) => setTimeout(r, 250));
		}
		const rows = [
			['input photo (4000×3000 JPEG 0.92)', kib(input), ''],
			[
				'stored photo after downscaling (long edge 1600, JPEG 0.8)',
				kib(perPhoto.median),
				kib(perPhoto.p95)
			],
			[
				`downscale on ${CPU_SLOWDOWN}× CPU (file → thumbnail)`,
				ms(medianP95(downscale).median),
				ms(medianP95(downscale).p95)
			],
			[
				`${DOSSIERS} dossiers' records upstream (256 kbit/s, 300 ms)`,
				ms(recordsAt),
				`${imagesWhenRecordsDone} images up by then`
			],
			[
				`${DOSSIERS * 3} photos upstream (${kib(stored.reduce((a, b) => a + b, 0))})`,
				ms(imagesAt),
				''
			]
		];
		console.log('\n| measure | median / value | p95 / note |\n| --- | ---: | ---: |');
		for (const r of rows) console.log(`| ${r.join(' | ')} |`);
	} finally {
		await browser.context.close();
		await server.stop();
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
