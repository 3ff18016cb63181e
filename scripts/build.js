#!/usr/bin/env node
// The one way MotCua is built. `npm run build`, `npm start` (scripts/start.js), the e2e suite
// (through start.js, Playwright's webServer) and the benchmarks all call `ensureBuild()`, so the
// app a new user starts is the app the tests prove (issue 14: `npm start` once ran `vite build`
// alone and served an app with no service worker).
//
// A build is the SvelteKit output plus the Workbox service worker (scripts/build-sw.js) plus a
// stamp, written last: the fingerprint of every input and the hashes of index.html and sw.js.
// A build is served only when the stamp is there, its fingerprint is the inputs' fingerprint
// now, and index.html and sw.js are the files the stamp names. Anything else (no build/, no
// sw.js, a build of older sources or seed files, an interrupted build, an old sw.js copied
// over) is rebuilt from scratch. Content hashes, not modification times: a fresh `git clone`
// gives every file the same checkout time.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildServiceWorker } from './build-sw.js';
import { checkSeed } from './check-seed.js';
import { writeProxyHeaderFiles } from '../server/headers/proxy-headers.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const STAMP_FILE = '.motcua-build.json';

/** What the build is made from: sources, seed data (src/lib/seed), static files, the configs
 * and the locked dependency versions, and the two scripts that produce it. */
const INPUT_DIRS = ['src', 'static'];
const INPUT_FILES = [
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'scripts/build.js',
	'scripts/build-sw.js',
	'scripts/check-seed.js',
	'server/headers/content-security-policy.js',
	'server/headers/security-headers.js',
	'server/headers/proxy-headers.js'
];

/** @param {string} dir @param {string} root @returns {string[]} paths relative to root */
function filesUnder(dir, root) {
	const full = path.join(root, dir);
	if (!fs.existsSync(full)) return [];
	/** @type {string[]} */
	const out = [];
	for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
		const rel = path.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...filesUnder(rel, root));
		else if (entry.isFile()) out.push(rel);
	}
	return out;
}

/** @param {string} file the SHA-256 of a file's bytes, hex */
const sha256 = (file) =>
	crypto
		.createHash('sha256')
		.update(new Uint8Array(fs.readFileSync(file)))
		.digest('hex');

/**
 * The fingerprint of every build input under `root`: names and contents, in a fixed order.
 * @param {string} [root]
 */
export function inputFingerprint(root = repoRoot) {
	const files = [
		...INPUT_DIRS.flatMap((d) => filesUnder(d, root)),
		...INPUT_FILES.filter((f) => fs.existsSync(path.join(root, f)))
	]
		.map((f) => f.split(path.sep).join('/'))
		.sort();
	const hash = crypto.createHash('sha256');
	for (const file of files) {
		hash.update(file + '\0');
		hash.update(sha256(path.join(root, file)) + '\n');
	}
	return hash.digest('hex');
}

/**
 * @typedef {{ fingerprint: string, index_sha256: string, sw_sha256: string, built_at: string }} BuildStamp
 * @typedef {{ fresh: true } | { fresh: false, reason: string }} BuildState
 */

/** @param {string} file */
const hashOf = (file) => (fs.existsSync(file) ? sha256(file) : null);

/**
 * Whether `<root>/build` may be served as it is, and if not, why.
 * @param {string} [root]
 * @returns {BuildState}
 */
export function buildState(root = repoRoot) {
	const dir = path.join(root, 'build');
	if (!fs.existsSync(dir)) return { fresh: false, reason: 'no build/ folder' };
	const stampPath = path.join(dir, STAMP_FILE);
	/** @type {BuildStamp} */
	let stamp;
	try {
		stamp = JSON.parse(fs.readFileSync(stampPath, 'utf8'));
	} catch {
		return { fresh: false, reason: `no ${STAMP_FILE} (a partial or foreign build)` };
	}
	const index = hashOf(path.join(dir, 'index.html'));
	if (!index) return { fresh: false, reason: 'no build/index.html' };
	const sw = hashOf(path.join(dir, 'sw.js'));
	if (!sw) return { fresh: false, reason: 'no build/sw.js (the app would not work offline)' };
	if (stamp.index_sha256 !== index)
		return { fresh: false, reason: 'index.html is not the one built' };
	if (stamp.sw_sha256 !== sw) return { fresh: false, reason: 'sw.js is not the one built' };
	if (stamp.fingerprint !== inputFingerprint(root))
		return { fresh: false, reason: 'sources, seed files or dependencies changed since the build' };
	return { fresh: true };
}

/**
 * Builds `<root>/build` from scratch: vite build, the service worker, then the stamp.
 * @param {{ root?: string, log?: (line: string) => void }} [options]
 */
export async function build({ root = repoRoot, log = console.log } = {}) {
	const dir = path.join(root, 'build');
	// Fingerprint before building: an edit made during the build leaves a stale stamp, never
	// a stamp that claims the edit is in.
	const fingerprint = inputFingerprint(root);
	// The seed check loads TypeScript through vite, and tsconfig.json extends the file
	// `svelte-kit sync` writes: on a fresh clone it is not there yet (readme-start.spec failed).
	execFileSync(
		process.execPath,
		[path.join(root, 'node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'],
		{
			cwd: root,
			stdio: ['ignore', 'inherit', 'inherit']
		}
	);
	// The seed catalog must pass the domain schemas (issue 18): a bad seed never reaches a build.
	const problems = await checkSeed(root);
	if (problems.length > 0)
		throw new Error(`seed files fail their schemas:\n${problems.join('\n')}`);
	log('seed: every file passes its domain schema');
	fs.rmSync(dir, { recursive: true, force: true });
	// A production build whatever this process's NODE_ENV: the seed check's vite runner sets it
	// to "development", which made `vite build` a dev build (`dev` true: no service worker).
	execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		env: { ...process.env, NODE_ENV: 'production' },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const sw = await buildServiceWorker(dir);
	if (sw.warnings.length > 0) throw new Error(`workbox: ${sw.warnings.join('; ')}`);
	log(`sw.js: precaches ${sw.count} files, ${(sw.size / 1024).toFixed(1)} KiB`);
	// The reverse proxies send the build's Content-Security-Policy too (docs/DEPLOY.md).
	writeProxyHeaderFiles(dir);
	/** @type {BuildStamp} */
	const stamp = {
		fingerprint,
		index_sha256: /** @type {string} */ (hashOf(path.join(dir, 'index.html'))),
		sw_sha256: /** @type {string} */ (hashOf(path.join(dir, 'sw.js'))),
		built_at: new Date().toISOString()
	};
	fs.writeFileSync(path.join(dir, STAMP_FILE), JSON.stringify(stamp, null, '\t') + '\n');
}

/**
 * Builds only when `buildState` says the build may not be served.
 * @param {{ root?: string, force?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ built: boolean, reason: string | null }>}
 */
export async function ensureBuild({ root = repoRoot, force = false, log = console.log } = {}) {
	const state = force ? { fresh: false, reason: 'asked to rebuild' } : buildState(root);
	if (state.fresh) return { built: false, reason: null };
	log(`Đang dựng ứng dụng / building the app (${state.reason})…`);
	await build({ root, log });
	return { built: true, reason: state.reason };
}

const isMain =
	process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
	const { built } = await ensureBuild({ force: process.argv.includes('--force') });
	if (!built)
		console.log('build/ is up to date with the sources (npm run build -- --force rebuilds)');
}
