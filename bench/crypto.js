#!/usr/bin/env node
// `npm run bench:crypto [-- --runs 7]`: what encryption at rest (issue 19) costs on an "old
// laptop": Debian Chromium, CPU slowed 4× through the DevTools protocol, the production build
// served by `npm start`'s own server. Measures, in the page:
//  - one PBKDF2-SHA-256 derivation at the app's iteration count (WebCrypto, as wrap.ts calls it);
//  - the unlock with the password (press "Mở khoá" → lock screen gone: derivation, unwrap, the
//    sync's sign-in answered by the loopback server, the page shown);
//  - the unlock with the PIN of the day (its own derivation, no server);
//  - intake: save → strict journal commit, the documents and the journal entry sealed (AES-GCM).
// Needs `npm run build` (run here when build/ is missing). Results: docs/BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { intakeOnce, logIn, waitForBook, waitProjectorIdle } from './app.js';
import { CPU_SLOWDOWN, launch } from './browser.js';
import { machineFacts } from './facts.js';
import { answerPinOffer, unlockIfLocked } from './lock.js';
import { medianP95 } from './lib/stats.js';
import { startUpstream } from './server.js';
import { ensureBuild } from '../scripts/build.js';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = Number((runsFlag > 0 && process.argv[runsFlag + 1]) || process.env.BENCH_RUNS || 7);
// The app's figure (src/lib/crypto/wrap.ts KEY_WRAP_ITERATIONS), read from the source so the
// benchmark follows a change of it.
const ITERATIONS = Number(
	/KEY_WRAP_ITERATIONS = ([\d_]+)/
		.exec(fs.readFileSync('src/lib/crypto/wrap.ts', 'utf8'))?.[1]
		?.replace(/_/g, '') ?? Number.NaN
);
const PIN = '246810';

const log = (/** @type {string} */ line) => console.error(`[bench:crypto] ${line}`);
const ms = (/** @type {number} */ v) => `${Math.round(v)} ms`;
/** @type {string[]} */
const table = [];
/** @param {string} measure @param {number[]} values */
function row(measure, values) {
	const s = medianP95(values);
	table.push(`| ${measure} | ${ms(s.median)} | ${ms(s.p95)} | ${values.length} |`);
	log(`${measure}: ${values.map(ms).join(', ')}`);
}

await ensureBuild({ log });
const upstream = await startUpstream();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-crypto-'));
try {
	const dev = await launch(profile, { baseURL: upstream.origin });
	await logIn(dev.page, 'officer-99902');
	await waitForBook(dev.page, 0, log);
	await dev.throttle(CPU_SLOWDOWN);

	// One derivation, as wrap.ts makes it (the unlock's floor).
	const kdf = [];
	for (let i = 0; i < RUNS; i++) {
		kdf.push(
			await dev.page.evaluate(async (iterations) => {
				const salt = crypto.getRandomValues(new Uint8Array(16));
				const base = await crypto.subtle.importKey(
					'raw',
					new TextEncoder().encode('motcua'),
					'PBKDF2',
					false,
					['deriveKey']
				);
				const t0 = performance.now();
				await crypto.subtle.deriveKey(
					{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
					base,
					{ name: 'AES-GCM', length: 256 },
					false,
					['encrypt']
				);
				return performance.now() - t0;
			}, ITERATIONS)
		);
	}
	row(`PBKDF2-SHA-256, ${ITERATIONS.toLocaleString('en-US')} iterations (one derivation)`, kdf);

	// The password unlock after a start; the first one also sets the PIN of the day.
	const password = [];
	for (let i = 0; i <= RUNS; i++) {
		await dev.page.reload();
		const took = await unlockIfLocked(dev.page);
		if (took === null) throw new Error('the device did not start locked');
		await answerPinOffer(dev.page, i === 0 ? PIN : undefined);
		if (i > 0) password.push(took);
	}
	row('unlock with the password: "Mở khoá" → lock screen gone', password);

	const pin = [];
	for (let i = 0; i < RUNS; i++) {
		await dev.page.reload();
		const took = await unlockIfLocked(dev.page, { pin: PIN });
		if (took === null) throw new Error('the device did not start locked');
		pin.push(took);
	}
	row('unlock with the PIN of the day', pin);

	await waitProjectorIdle(dev.page);
	await intakeOnce(dev.page, 0); // warms the intake route, not counted
	const intake = [];
	for (let i = 0; i < RUNS * 2; i++) intake.push(await intakeOnce(dev.page, i + 1));
	row('intake, sealed: save → strict journal commit', intake);
	await dev.context.close();

	console.log(
		`\nbench:crypto — ${machineFacts().line(dev.version)}; CPU slowed ${CPU_SLOWDOWN}× in Chromium; load average ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}\n`
	);
	console.log('| measure | median | p95 | runs |\n| --- | ---: | ---: | ---: |');
	console.log(table.join('\n'));
} finally {
	await upstream.stop();
	fs.rmSync(profile, { recursive: true, force: true });
}
