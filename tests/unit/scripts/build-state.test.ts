import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STAMP_FILE, buildState, inputFingerprint } from '../../../scripts/build.js';

// When `npm start`, the e2e suite and the benchmarks may serve build/ as it is (scripts/build.js).
// A small project tree in a temp folder stands in for the repository: the decision reads only
// files, so the real build (tests/e2e/start) is not needed to try every stale case.

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

function write(root: string, file: string, text: string): void {
	fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
	fs.writeFileSync(path.join(root, file), text);
}

/** A tree with sources, a seed file, a lockfile and a build whose stamp matches them. */
function builtTree(): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-build-state-'));
	roots.push(root);
	write(root, 'src/routes/+page.svelte', '<h1>Bộ phận một cửa</h1>');
	write(root, 'src/lib/seed/procedures.json', '[]');
	write(root, 'static/manifest.webmanifest', '{}');
	write(root, 'package-lock.json', '{}');
	write(root, 'build/index.html', '<html>v1</html>');
	write(root, 'build/sw.js', 'precache(v1)');
	stamp(root);
	return root;
}

function stamp(root: string): void {
	const sha = (f: string) =>
		crypto
			.createHash('sha256')
			.update(new Uint8Array(fs.readFileSync(path.join(root, f))))
			.digest('hex');
	write(
		root,
		`build/${STAMP_FILE}`,
		JSON.stringify({
			fingerprint: inputFingerprint(root),
			index_sha256: sha('build/index.html'),
			sw_sha256: sha('build/sw.js'),
			built_at: '2026-12-05T00:00:00.000Z'
		})
	);
}

describe('buildState: a build is served only when it is the build of the sources as they are', () => {
	it('a complete build of the current sources is fresh', () => {
		expect(buildState(builtTree())).toEqual({ fresh: true });
	});

	it('no build/ at all (a clean clone)', () => {
		const root = builtTree();
		fs.rmSync(path.join(root, 'build'), { recursive: true });
		expect(buildState(root)).toEqual({ fresh: false, reason: 'no build/ folder' });
	});

	it('no sw.js: the app would never work offline (the issue-14 defect)', () => {
		const root = builtTree();
		fs.rmSync(path.join(root, 'build/sw.js'));
		expect(buildState(root)).toMatchObject({
			fresh: false,
			reason: expect.stringContaining('sw.js')
		});
	});

	it('a build made another way (vite build alone, no stamp)', () => {
		const root = builtTree();
		fs.rmSync(path.join(root, `build/${STAMP_FILE}`));
		expect(buildState(root)).toMatchObject({
			fresh: false,
			reason: expect.stringContaining(STAMP_FILE)
		});
	});

	it('an old sw.js next to a new index.html', () => {
		const root = builtTree();
		write(root, 'build/sw.js', 'precache(v0)');
		expect(buildState(root)).toEqual({ fresh: false, reason: 'sw.js is not the one built' });
		const other = builtTree();
		write(other, 'build/index.html', '<html>v2</html>');
		expect(buildState(other)).toEqual({ fresh: false, reason: 'index.html is not the one built' });
	});

	it.each([
		['a source file edited', 'src/routes/+page.svelte', '<h1>Một cửa</h1>'],
		['a seed file edited', 'src/lib/seed/procedures.json', '[{}]'],
		['a source file added', 'src/lib/new.ts', 'export {}'],
		['a static file edited', 'static/manifest.webmanifest', '{"name":"MotCua"}'],
		['the locked dependencies changed', 'package-lock.json', '{"v":2}']
	])('%s, even with an older modification time', (_what, file, text) => {
		const root = builtTree();
		const before = fs.existsSync(path.join(root, file))
			? fs.statSync(path.join(root, file)).mtime
			: null;
		write(root, file, text);
		// A checkout can give an edited file any time: content decides, not mtime.
		if (before) fs.utimesSync(path.join(root, file), before, new Date(0));
		expect(buildState(root)).toMatchObject({
			fresh: false,
			reason: expect.stringContaining('changed')
		});
	});

	it('a file outside the inputs (data/, tests/) does not force a rebuild', () => {
		const root = builtTree();
		write(root, 'data/couchdb/x', 'leveldb');
		write(root, 'tests/unit/a.test.ts', 'x');
		expect(buildState(root)).toEqual({ fresh: true });
	});
});
