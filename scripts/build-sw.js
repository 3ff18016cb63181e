#!/usr/bin/env node
// Writes build/sw.js, a Workbox service worker that precaches the whole app shell so every route
// opens with no network. Called by scripts/build.js right after `vite build` (the one build), and
// by the e2e update test, which regenerates the worker over a modified copy of build/.
import path from 'node:path';
import { generateSW } from 'workbox-build';

/**
 * Generates `<buildDir>/sw.js`.
 * @param {string} [buildDir] the adapter-static output folder
 * @returns {Promise<{ count: number, size: number, warnings: string[] }>}
 */
export async function buildServiceWorker(buildDir = 'build') {
	const dir = path.resolve(buildDir);
	const { count, size, warnings } = await generateSW({
		globDirectory: dir,
		// Everything the shell needs: chunks, css, index.html (the SPA fallback), icons, manifest.
		globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,woff2}'],
		// version.json is SvelteKit's "is there a new deploy" probe: answering it from the cache
		// would always say no.
		globIgnores: ['sw.js', 'workbox-*.js', '_app/version.json'],
		swDest: path.join(dir, 'sw.js'),
		// Every navigation (any route, any deep link) gets the precached SPA shell, except the
		// CouchDB proxy on the same origin, which must always reach the network.
		navigateFallback: '/index.html',
		navigateFallbackDenylist: [/^\/couchdb(\/|$)/, /^\/status\//],
		// Hashed file names already carry their version; skip Workbox's ?__WB_REVISION__ busting.
		dontCacheBustURLsMatching: /^_app\/immutable\//,
		// The page decides when a new version takes over (UpdatePrompt): a waiting worker only
		// activates on a SKIP_WAITING message, which generateSW listens for when this is false.
		skipWaiting: false,
		// Only matters on the first visit (no previous worker): take the page at once so it is
		// offline-ready without a reload. Updates still wait for SKIP_WAITING.
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		// One file, no importScripts: fewer moving parts to copy and to precache.
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
		// A chunk above this is a mistake to fix, not something to drop silently from the cache.
		maximumFileSizeToCacheInBytes: 5 * 1024 * 1024
	});
	return { count, size, warnings };
}
