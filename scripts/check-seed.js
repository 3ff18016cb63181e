#!/usr/bin/env node
// Checks the seed catalog (src/lib/seed/*.json) against the domain's zod schemas (issue 18:
// "the seed validated by the domain schemas at build time"). The schemas are TypeScript with
// SvelteKit's `$lib` alias, so Vite's module runner loads them (`runnerImport`).
// scripts/build.js runs it before `vite build`; a problem stops the build.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} [root] @returns {Promise<string[]>} the problems, empty when the seed is valid */
export async function checkSeed(root = repoRoot) {
	const { module } = await runnerImport(path.join(root, 'src/lib/seed/check-seed.ts'), {
		root,
		// The domain is pure TypeScript: the `$lib` alias is all of SvelteKit it needs.
		configFile: false,
		resolve: { alias: { $lib: path.join(root, 'src/lib') } },
		logLevel: 'error'
	});
	return /** @type {{ seedProblems: () => string[] }} */ (module).seedProblems();
}

const isMain =
	process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
	const problems = await checkSeed();
	for (const p of problems) console.error(p);
	if (problems.length > 0) process.exit(1);
	console.log('seed: every file passes its domain schema');
}
