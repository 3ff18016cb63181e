#!/usr/bin/env node
// Offline start-up of the production build on an "old laptop": Debian Chromium, network off,
// CPU throttled 4× through the DevTools protocol. Measures reload-to-usable (the page's main
// heading laid out and a frame scheduled) cold (a fresh browser process on the same profile, so
// the service worker must boot) and warm (a reload in the same page), plus the gzip size of the
// JS the first page loads and of the whole precache. Needs `npm run build` first.
// Usage: npm run bench:pwa [-- --runs 9]   (or BENCH_RUNS=9)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ensureBuild } from '../scripts/build.js';
import { freePort } from '../scripts/free-port.js';

const BUILD = path.resolve('build');
const runsFlag = process.argv.indexOf('--runs');
const RUNS = Number((runsFlag > 0 && process.argv[runsFlag + 1]) || process.env.BENCH_RUNS || 7);
const CPU_SLOWDOWN = 4;
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Records when the main heading first exists with a layout box, then the next frame: the moment
// an officer sees the page and can act. performance.now() counts from the navigation's start.
const MARK_USABLE = () => {
	const done = () => requestAnimationFrame(() => (window.__usableAt = performance.now()));
	const ready = () => {
		const h1 = document.querySelector('h1');
		return h1 !== null && h1.getBoundingClientRect().height > 0;
	};
	const observer = new MutationObserver(() => {
		if (ready()) {
			observer.disconnect();
			done();
		}
	});
	observer.observe(document, { childList: true, subtree: true });
};

/** scripts/start.js (what `npm start` runs) as its own process, started directly (TOOLCHAIN
 * pitfall 10), with a temporary data folder. */
async function startServer(port) {
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', TEMP_DATA: '1' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		child.once('exit', (code) =>
			reject(new Error(`the server (scripts/start.js) exited with ${code}`))
		);
		child.stdout.on(
			'data',
			(d) => String(d).includes('MotCua đang chạy tại') && resolve(undefined)
		);
	});
	return child;
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file)).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function quantile(values, q) {
	const sorted = [...values].sort((a, b) => a - b);
	// Nearest-rank: with few runs p95 is the slowest run, which is the honest reading.
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function launch(profile, offline) {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: EXECUTABLE,
		headless: true,
		args: ARGS,
		offline
	});
	await context.addInitScript(MARK_USABLE);
	const page = context.pages()[0] ?? (await context.newPage());
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: offline ? CPU_SLOWDOWN : 1 });
	return { context, page, cdp };
}

async function usableAt(page) {
	await page.waitForFunction(() => window.__usableAt !== undefined, null, { timeout: 30_000 });
	return page.evaluate(() => window.__usableAt);
}

await ensureBuild();

const port = await freePort();
const server = await startServer(port);
const url = `http://127.0.0.1:${port}/`;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-'));
try {
	// First visit, online and unthrottled: install the service worker, note the JS it loads.
	const first = await launch(profile, false);
	const scripts = new Set();
	first.page.on(
		'response',
		(r) => r.request().resourceType() === 'script' && scripts.add(new URL(r.url()).pathname)
	);
	await first.page.goto(url);
	await first.page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
	await usableAt(first.page);
	const version =
		first.context.browser()?.version() ?? (await first.page.evaluate(() => navigator.userAgent));

	// Warm: the same page reloads with the network off and the CPU slowed.
	await first.context.setOffline(true);
	await first.cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	const warm = [];
	for (let i = 0; i < RUNS; i++) {
		await first.page.reload();
		warm.push(await usableAt(first.page));
	}
	await first.context.close();

	// Cold: a fresh browser process on the same profile, offline from its first request.
	const cold = [];
	const coldWall = [];
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		const run = await launch(profile, true);
		const t1 = performance.now();
		await run.page.goto(url);
		cold.push(await usableAt(run.page));
		coldWall.push(performance.now() - t1);
		if (i === 0) console.error(`(browser launch ${Math.round(t1 - t0)} ms, not counted)`);
		await run.context.close();
	}

	const jsFiles = [...scripts].map((p) => path.join(BUILD, p)).filter((f) => fs.existsSync(f));
	const jsGzip = jsFiles.reduce((sum, f) => sum + gzipSize(f), 0);
	const jsRaw = jsFiles.reduce((sum, f) => sum + fs.statSync(f).size, 0);
	const sw = fs.readFileSync(path.join(BUILD, 'sw.js'), 'utf8');
	const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) =>
		path.join(BUILD, m[1])
	);
	const precacheGzip = precached.reduce((sum, f) => sum + gzipSize(f), 0);
	const precacheRaw = precached.reduce((sum, f) => sum + fs.statSync(f).size, 0);

	const ms = (v) => `${Math.round(v)} ms`;
	console.log(
		`\nOffline start-up, ${os.cpus().length}× ${os.cpus()[0]?.model.trim()}, Chromium ${version}, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} runs\n`
	);
	console.log('| measure | median | p95 |');
	console.log('| --- | ---: | ---: |');
	console.log(
		`| cold: fresh browser, offline, navigation start → heading | ${ms(quantile(cold, 0.5))} | ${ms(quantile(cold, 0.95))} |`
	);
	console.log(
		`| cold: same, wall clock from \`goto\` | ${ms(quantile(coldWall, 0.5))} | ${ms(quantile(coldWall, 0.95))} |`
	);
	console.log(
		`| warm: reload in the same page, offline | ${ms(quantile(warm, 0.5))} | ${ms(quantile(warm, 0.95))} |`
	);
	console.log('\n| size | gzip | raw | files |');
	console.log('| --- | ---: | ---: | ---: |');
	console.log(
		`| JS loaded by the first page | ${kib(jsGzip)} | ${kib(jsRaw)} | ${jsFiles.length} |`
	);
	console.log(
		`| whole precache | ${kib(precacheGzip)} | ${kib(precacheRaw)} | ${precached.length} |`
	);
	console.log(
		`| sw.js (Workbox runtime + manifest) | ${kib(zlib.gzipSync(sw).length)} | ${kib(sw.length)} | 1 |`
	);
} finally {
	server.kill('SIGTERM');
	fs.rmSync(profile, { recursive: true, force: true });
}
