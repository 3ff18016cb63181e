#!/usr/bin/env node
// `npm run bench [-- --quick]`: MotCua at scale in real Chromium (CPU 4× slower where a page is
// measured) against the production build and the embedded CouchDB-compatible server on
// loopback. Data comes from bench/lib/generate.ts (the real domain commands, bundled into
// .tmp/bench by bench/vite.config.js). Prints one table (median and p95 where it applies).
// Needs `npm run build` (run here when build/ is missing). Results: docs/BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
	MARK_BOOK_USABLE,
	bookFirstPage,
	intakeOnce,
	logIn,
	rebuild,
	reportYear,
	searchOnce,
	usableAt,
	waitForBook,
	waitProjectorIdle
} from './app.js';
import { CPU_SLOWDOWN, heapSampler, launch } from './browser.js';
import { harness, openHarness } from './harness-page.js';
import { machineFacts, precacheSizes } from './facts.js';
import { medianP95 } from './lib/stats.js';
import { bookQueries } from './book-queries.js';
import { ensureBuild } from '../scripts/build.js';
import { startUpstream } from './server.js';
import { BENCH_PIN, gotoUnlocked, settleOnPin, unlockIfLocked } from './lock.js';

const QUICK = process.argv.includes('--quick');
const flag = (/** @type {string} */ name) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const BASE = QUICK
	? { store: 3_000, sync: 200, download: 500, runs: 3, syncRuns: 1, downloadRuns: 1 }
	: { store: 20_000, sync: 1_000, download: 10_000, runs: 7, syncRuns: 2, downloadRuns: 2 };
// The default is issue 15's first column (a commune's two to three years); `--store 100000` is
// its second (a large ward's two years).
// `--store N`, `--sync N`, `--download N`, `--runs N`, `--sync-runs N`, `--download-runs N`
// override the counts.
const C = {
	...BASE,
	store: flag('--store') ?? BASE.store,
	sync: flag('--sync') ?? BASE.sync,
	download: Math.min(flag('--download') ?? BASE.download, flag('--store') ?? BASE.store),
	runs: flag('--runs') ?? BASE.runs,
	syncRuns: flag('--sync-runs') ?? BASE.syncRuns,
	downloadRuns: flag('--download-runs') ?? BASE.downloadRuns
};
const CHUNK = 5_000;

const started = Date.now();
const log = (/** @type {string} */ line) =>
	console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/** @type {{ measure: string, n: string, median: string, p95: string, runs: string, note: string }[]} */
const rows = [];
const ms = (/** @type {number} */ v) =>
	v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`;
const mib = (/** @type {number} */ b) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
const count = (/** @type {number} */ n) => n.toLocaleString('en-US');
/**
 * @param {string} measure @param {number} n @param {number[]} values @param {string} [note]
 */
function timed(measure, n, values, note = '') {
	const s = medianP95(values);
	rows.push({
		measure,
		n: count(n),
		median: ms(s.median),
		p95: values.length > 1 ? ms(s.p95) : '–',
		runs: String(values.length),
		note
	});
}
/** @param {string} measure @param {number} n @param {string} value @param {string} [note] */
const single = (measure, n, value, note = '') =>
	rows.push({ measure, n: count(n), median: value, p95: '–', runs: '1', note });

// ---- build and bundles -----------------------------------------------------------------------
await ensureBuild({ log });
execFileSync(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/vite.config.js'],
	{
		stdio: 'inherit'
	}
);
/** @type {typeof import('./lib/generate')} */
const gen = await import(path.resolve('.tmp/bench/generate.js'));

const facts = machineFacts();
log(
	`${QUICK ? 'quick' : 'full'} run; load average ${os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`
);
const upstream = await startUpstream();
const profiles = /** @type {string[]} */ ([]);
const profile = () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-'));
	profiles.push(dir);
	return dir;
};
let chromiumVersion;
const firstPageScripts = new Set();

try {
	// ---- 2a. intake at 0 dossiers: a device of the empty commune 99902 --------------------------
	{
		const dev = await launch(profile(), { baseURL: upstream.origin });
		chromiumVersion = dev.version;
		dev.page.on('response', (r) => {
			if (r.request().resourceType() === 'script') firstPageScripts.add(new URL(r.url()).pathname);
		});
		await dev.page.goto('/');
		await dev.page.getByRole('heading', { level: 1 }).waitFor();
		dev.page.removeAllListeners('response');
		await logIn(dev.page, 'officer-99902');
		await waitForBook(dev.page, 0, log);
		// Ends live sync: a load is locked (issue 19) and the PIN of the day opens it without
		// resuming the sync, so nothing replicates while measuring.
		await settleOnPin(dev.page);
		await waitProjectorIdle(dev.page);
		await dev.throttle(CPU_SLOWDOWN);
		await intakeOnce(dev.page, 0); // warms the intake route, not counted
		const values = [];
		for (let i = 0; i < C.runs; i++) values.push(await intakeOnce(dev.page, i + 1));
		timed('intake: save → strict journal commit (receipt may print)', 0, values);
		log(`intake at 0: ${values.map(ms).join(', ')}`);
		await dev.context.close();
	}

	// ---- data upstream: commune 99901 with C.store dossiers, a download commune with C.download --
	const tGen = Date.now();
	const generator = gen.createGenerator({ commune: '99901', seed: 2026 });
	await upstream.createDb('commune-bench-dl');
	let documents = 0;
	const phones = /** @type {string[]} */ ([]);
	for (let done = 0; done < C.store; done += CHUNK) {
		const items = generator.next(Math.min(CHUNK, C.store - done));
		const docs = gen.documentsOf(items);
		documents += docs.length;
		const phone = items[7]?.dossier.applicant.phone;
		if (phone && phones.length < 2) phones.push(phone);
		await upstream.upload('commune-99901', docs);
		if (done < C.download) {
			const need = Math.min(items.length, C.download - done);
			await upstream.upload('commune-bench-dl', gen.documentsOf(items.slice(0, need)));
		}
		log(
			`generated and uploaded ${count(done + items.length)}/${count(C.store)} dossiers (${count(documents)} documents)`
		);
	}
	const docsPerDossier = documents / C.store;
	single(
		'setup: generate (domain commands, Node) + upload to the server',
		C.store,
		ms(Date.now() - tGen),
		`${docsPerDossier.toFixed(2)} documents per dossier, ${count(documents)} in all, not throttled`
	);

	// ---- the device with C.store dossiers -----------------------------------------------------
	const deviceProfile = profile();
	let dev = await launch(deviceProfile, { baseURL: upstream.origin });
	let heap = heapSampler(dev.cdp);
	const tLogin = Date.now();
	await logIn(dev.page, 'officer-99901');
	const loaded = await waitForBook(dev.page, C.store, log);
	const heapLoad = await heap.stop();
	single(
		"setup: the device's first download (login → all documents stored)",
		C.store,
		ms(loaded.synced * 1000),
		`${count(documents)} documents; not throttled`
	);
	single(
		'setup: login → tracking book complete (projector)',
		C.store,
		ms(loaded.projected * 1000),
		'projector folds while the download runs; not throttled'
	);
	log(`device loaded in ${((Date.now() - tLogin) / 1000).toFixed(0)} s`);
	// A reload ends the session's live sync: the load is locked (issue 19) and the PIN of the day
	// opens it without resuming the sync, so nothing replicates while the device is measured.
	await settleOnPin(dev.page);
	await waitProjectorIdle(dev.page);

	await dev.throttle(CPU_SLOWDOWN);
	heap = heapSampler(dev.cdp);
	{
		await intakeOnce(dev.page, 0);
		const values = [];
		for (let i = 0; i < C.runs; i++) values.push(await intakeOnce(dev.page, i + 1));
		timed('intake: save → strict journal commit (receipt may print)', C.store, values);
		log(`intake at ${C.store}: ${values.map(ms).join(', ')}`);
	}
	{
		const values = [];
		for (let i = 0; i < C.runs; i++) values.push(await bookFirstPage(dev.page));
		timed(
			'tracking book: click "Sổ theo dõi" → first page shown',
			C.store,
			values,
			'client navigation, 50 rows + total'
		);
		log(`book first page: ${values.map(ms).join(', ')}`);
	}
	{
		const queries = ['nguyen van', 'lo thi hoa', (phones[0] ?? '0912345678').slice(0, 7)];
		const values = [];
		for (let i = 0; i < C.runs; i++)
			for (const q of queries) values.push(await searchOnce(dev.page, q));
		timed(
			'search: Enter → results shown',
			C.store,
			values,
			`diacritics-free "${queries.join('", "')}" (phone prefix; the index has no suffixes)`
		);
		log(`search: ${values.map(ms).join(', ')}`);
	}
	{
		const values = [];
		let received = '';
		for (let i = 0; i < C.runs; i++) {
			const r = await reportYear(dev.page, 2025);
			values.push(r.ms);
			received = r.received;
		}
		timed(
			'report: the year 2025 (period picker → figures shown)',
			C.store,
			values,
			`${received} dossiers received in 2025; all computed from the read model`
		);
		log(`report: ${values.map(ms).join(', ')}`);
	}
	const heapBook = await heap.stop();
	heap = heapSampler(dev.cdp);
	{
		const values = [];
		for (let i = 0; i < 1; i++) {
			const r = await rebuild(dev.page);
			values.push(r.ms);
			log(`rebuild: ${ms(r.ms)} (${r.text})`);
		}
		timed('projection rebuild (settings → "Dựng lại sổ theo dõi")', C.store, values);
	}
	const heapRebuild = await heap.stop();
	single(
		'peak JS heap (CDP JSHeapUsedSize, sampled every 0.5 s)',
		C.store,
		mib(Math.max(heapLoad, heapBook, heapRebuild)),
		`download + projection ${mib(heapLoad)}, intake/book/search ${mib(heapBook)}, rebuild ${mib(heapRebuild)}`
	);

	// ---- 1. offline reload to a usable tracking book --------------------------------------------
	{
		await gotoUnlocked(dev.page, '/book');
		await dev.page.getByTestId('book-row').first().waitFor();
		await dev.page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
		await dev.context.addInitScript(MARK_BOOK_USABLE);
		await dev.context.setOffline(true);
		const warm = [];
		for (let i = 0; i < C.runs; i++) {
			await dev.page.reload();
			await unlockIfLocked(dev.page, { pin: BENCH_PIN });
			await waitProjectorIdle(dev.page);
			warm.push(await usableAt(dev.page));
		}
		await dev.context.close();
		const cold = [];
		for (let i = 0; i < C.runs; i++) {
			dev = await launch(deviceProfile, {
				baseURL: upstream.origin,
				offline: true,
				initScript: MARK_BOOK_USABLE
			});
			await dev.throttle(CPU_SLOWDOWN);
			await gotoUnlocked(dev.page, '/book');
			cold.push(await usableAt(dev.page));
			await dev.context.close();
		}
		timed(
			'offline reload → PIN unlock → first tracking-book row shown: cold (new browser process)',
			C.store,
			cold,
			'navigation start → row laid out + frame; includes the lock screen and the PIN (PBKDF2)'
		);
		timed(
			'offline reload → PIN unlock → first tracking-book row shown: warm (same page)',
			C.store,
			warm
		);
		log(`offline book cold ${cold.map(ms).join(', ')}; warm ${warm.map(ms).join(', ')}`);
	}

	// ---- 5–7. sync: MotCua's engine vs plain PouchDB, in one harness page ------------------------
	{
		const h = await launch(profile(), { blockServiceWorkers: true });
		await openHarness(h.page, upstream.origin);
		await h.throttle(CPU_SLOWDOWN);
		const remote = (/** @type {string} */ db) => ({
			base: upstream.couch,
			db,
			// The server admin: the `upstream` role writes only one-stop events (issue 17).
			username: 'admin',
			password: 'motcua-admin'
		});
		const items = gen
			.createGenerator({ commune: '99902', seed: 7, startDate: '2026-03-02' })
			.next(C.sync);
		const docs = gen.documentsOf(items);
		const json = docs.reduce((sum, d) => sum + Buffer.byteLength(JSON.stringify(d)), 0);
		const engine = [];
		const plain = [];
		let engineBytes = 0;
		let plainBytes = 0;
		for (let i = 0; i < C.syncRuns; i++) {
			const order = i % 2 === 0 ? ['engine', 'plain'] : ['plain', 'engine'];
			for (const which of order) {
				const db = `commune-bench-${which}-${i}`;
				await upstream.createDb(db);
				const r = await harness(h.page, which === 'engine' ? 'engineUpload' : 'plainUpload', [
					docs,
					remote(db)
				]);
				if ((await upstream.docCount(db)) < docs.length)
					throw new Error(`${which} upload incomplete`);
				if (which === 'engine') {
					engine.push(r.ms);
					engineBytes = r.bytesSent;
				} else {
					plain.push(r.ms);
					plainBytes = r.bytesSent;
				}
				log(
					`upload ${which} run ${i + 1}: ${ms(r.ms)}, ${count(r.bytesSent)} bytes sent, ${r.requests} requests`
				);
				await upstream.deleteDb(db);
			}
		}
		const em = medianP95(engine).median;
		const pm = medianP95(plain).median;
		timed(
			'upload sync: MotCua engine (gzip bodies, batches of 1,000)',
			C.sync,
			engine,
			`${count(docs.length)} documents`
		);
		timed('upload sync: plain PouchDB.replicate, same documents', C.sync, plain);
		single(
			'upload sync: plain ÷ engine (medians)',
			C.sync,
			`${(pm / em).toFixed(2)}×`,
			'above 1: the engine is faster'
		);
		single(
			'bytes sent per new dossier with its events',
			C.sync,
			`${count(Math.round(engineBytes / C.sync))} B`,
			`JSON of the documents ${count(Math.round(json / C.sync))} B; plain PouchDB sends ${count(Math.round(plainBytes / C.sync))} B`
		);

		const down = [];
		const floor = [];
		for (let i = 0; i < C.downloadRuns; i++) {
			const order = i % 2 === 0 ? ['engine', 'floor'] : ['floor', 'engine'];
			for (const which of order) {
				const r = await harness(h.page, which === 'engine' ? 'engineDownload' : 'floorDownload', [
					remote('commune-bench-dl')
				]);
				(which === 'engine' ? down : floor).push(r.ms);
				log(`download ${which} run ${i + 1}: ${ms(r.ms)}, ${count(r.docs)} documents`);
			}
		}
		const dm = medianP95(down).median;
		const fm = medianP95(floor).median;
		timed('first download: MotCua (engine.start: _all_docs pages + catch-up)', C.download, down);
		timed('first download floor: one _all_docs?include_docs + one bulkDocs', C.download, floor);
		single(
			'first download: MotCua ÷ floor (medians)',
			C.download,
			`${(dm / fm).toFixed(2)}×`,
			'1.00 = as fast as the floor'
		);
		// The book's queries alone on a read model of the same size, with their floor (a Dexie
		// bulk read of 50 rows), as `npm run bench:search` prints them.
		await h.throttle(1);
		for (const r of await bookQueries(h, C.store, C.runs, log))
			timed(`query only: ${r.measure}`, C.store, r.values, r.note);
		await h.context.close();
	}
} finally {
	await upstream.stop();
	for (const dir of profiles) fs.rmSync(dir, { recursive: true, force: true });
}

// ---- 8. sizes, then the table ------------------------------------------------------------------
const sizes = precacheSizes(firstPageScripts);
rows.push({
	measure: 'gzip: JS of the first page (/)',
	n: '–',
	median: sizes.firstPage,
	p95: '–',
	runs: '–',
	note: sizes.firstPageNote
});
rows.push({
	measure: 'gzip: whole precache',
	n: '–',
	median: sizes.precache,
	p95: '–',
	runs: '–',
	note: sizes.precacheNote
});

console.log(
	`\n${facts.line(chromiumVersion)}; ${QUICK ? 'quick run' : 'full run'}, CPU ${CPU_SLOWDOWN}× slower in measured pages, load average at end ${os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}, ${((Date.now() - started) / 1000).toFixed(0)} s in all\n`
);
console.log('| measure | dossiers | median | p95 | runs | notes |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const r of rows)
	console.log(`| ${r.measure} | ${r.n} | ${r.median} | ${r.p95} | ${r.runs} | ${r.note} |`);
