// Machine facts for the results table, and the gzip sizes of the production build's JS.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const BUILD = path.resolve('build');

export function machineFacts() {
	const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
	const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? '?';
	const ram = `${Math.round(os.totalmem() / 1024 ** 3)} GiB`;
	const date = new Date().toISOString().slice(0, 10);
	return {
		/** @param {string} chromium */
		line: (chromium) =>
			`${os.cpus().length}× ${model}, ${ram} RAM, Node ${process.version}, Chromium ${chromium}, ${date}`
	};
}

const gzipSize = (/** @type {string} */ file) => zlib.gzipSync(fs.readFileSync(file)).length;
const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Gzip sizes of the scripts the first page loaded (`paths`, as served) and of the whole precache
 * listed in build/sw.js.
 * @param {Iterable<string>} paths
 */
export function precacheSizes(paths) {
	const js = [...paths].map((p) => path.join(BUILD, p)).filter((f) => fs.existsSync(f));
	const sw = fs.readFileSync(path.join(BUILD, 'sw.js'), 'utf8');
	const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) =>
		path.join(BUILD, m[1] ?? '')
	);
	const sum = (/** @type {string[]} */ files, /** @type {(f: string) => number} */ size) =>
		files.reduce((total, f) => total + size(f), 0);
	return {
		firstPage: kib(sum(js, gzipSize)),
		firstPageNote: `${js.length} files, ${kib(sum(js, (f) => fs.statSync(f).size))} raw`,
		precache: kib(sum(precached, gzipSize)),
		precacheNote: `${precached.length} files, ${kib(sum(precached, (f) => fs.statSync(f).size))} raw`
	};
}
