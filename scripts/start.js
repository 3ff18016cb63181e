#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves
// it and prints the address. Stop with Ctrl+C.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../server/main.js';

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
console.log(`\nMotCua đang chạy tại ${server.url}`);
console.log('Nhấn Ctrl+C để dừng.');
const stop = async () => {
	await server.close();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
