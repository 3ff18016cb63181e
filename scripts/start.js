#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves
// it with the embedded CouchDB-compatible server under /couchdb (data in DATA_DIR, default
// data/), provisions the demo upstream and prints the logins. Stop with Ctrl+C.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { formatLogins } from '../server/demo.js';
import { startServer } from '../server/main.js';
import { changeCount, formatReport } from '../server/provision/provision.js';

/** @param {string} dir */
function newestMtime(dir) {
	let newest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		const t = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
		if (t > newest) newest = t;
	}
	return newest;
}

const index = path.resolve('build/index.html');
const sources = ['src', 'static'].map((d) => newestMtime(path.resolve(d)));
const stale = !fs.existsSync(index) || Math.max(...sources) > fs.statSync(index).mtimeMs;
if (stale) {
	console.log('Đang dựng ứng dụng (vite build)…');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });
}

const server = await startServer();
if (server.provisioned) {
	const { report, warnings } = server.provisioned;
	for (const warning of warnings) console.warn(`Cảnh báo / warning: ${warning}`);
	const changes = changeCount(report);
	console.log(`\nMáy chủ đồng bộ (CouchDB) / upstream: ${changes} thay đổi / changes`);
	console.log(formatReport(report));
	console.log('\n' + formatLogins(report, server.admin, server.couchUrl));
}
console.log(`\nDữ liệu / data: ${server.dataDir}`);
console.log(`CouchDB: ${server.couchUrl}`);
console.log(`\nMotCua đang chạy tại ${server.url}`);
console.log('Nhấn Ctrl+C để dừng.');
const stop = async () => {
	await server.close();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
