#!/usr/bin/env node
// `npm run bench:search [-- --store N --runs N]`: the tracking book's queries alone (search,
// first page, a filter, page change) on a read model of N dossiers (default 20,000), in the
// harness page of real Chromium with the CPU slowed 4×, against the floor of Dexie's bulk read
// of the same 50 rows by key. Faster to repeat than `npm run bench` (no server, no download):
// rows are the projector's own, made from generated dossiers (bench/harness/book-search.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CPU_SLOWDOWN, launch } from './browser.js';
import { openHarness } from './harness-page.js';
import { medianP95 } from './lib/stats.js';
import { bookQueries } from './book-queries.js';

const flag = (/** @type {string} */ name, /** @type {number} */ fallback) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const STORE = flag('--store', 20_000);
const RUNS = flag('--runs', 7);

if (!process.argv.includes('--no-bundle'))
	execFileSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/vite.config.js'],
		{ stdio: 'inherit' }
	);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-search-'));
const h = await launch(dir, { blockServiceWorkers: true });
try {
	await openHarness(h.page, 'http://127.0.0.1:9');
	const rows = await bookQueries(h, STORE, RUNS, (line) => console.error(line));
	console.log(
		`\n${STORE.toLocaleString('en-US')} dossiers, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} runs, load average ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}\n`
	);
	console.log('| measure | median | p95 | runs | notes |');
	console.log('| --- | ---: | ---: | ---: | --- |');
	for (const r of rows) {
		const s = medianP95(r.values);
		console.log(
			`| ${r.measure} | ${s.median.toFixed(1)} ms | ${s.p95.toFixed(1)} ms | ${r.values.length} | ${r.note} |`
		);
	}
} finally {
	await h.context.close();
	fs.rmSync(dir, { recursive: true, force: true });
}
