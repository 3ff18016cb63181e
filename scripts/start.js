#!/usr/bin/env node
// `npm start`: builds the app when the build may not be served as it is (scripts/build.js: no
// build, no service worker, or built from other sources or seed files), then serves it with the
// embedded CouchDB-compatible server under /couchdb (data in DATA_DIR, default data/), provisions
// the demo upstream and prints the logins. Stop with Ctrl+C. The e2e suite and the benchmarks
// start this very script (with PORT and DATA_DIR of their own), so what they prove is what a new
// user starts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatLogins } from '../server/demo.js';
import { startServer } from '../server/main.js';
import { changeCount, formatReport } from '../server/provision/provision.js';
import { ensureBuild } from './build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
await ensureBuild({ root });
// TEMP_DATA=1 (the e2e suite, the benchmarks): a fresh data folder for this run, removed on exit,
// so a run starts from a newly provisioned upstream and never touches the demo data in data/.
const temporary = process.env.TEMP_DATA === '1';
const dataDir =
	temporary && !process.env.DATA_DIR
		? fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-data-'))
		: undefined;
const server = await startServer({ buildDir: path.join(root, 'build'), dataDir });
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
let stopping = false;
const stop = async () => {
	if (stopping) return;
	stopping = true;
	await server.close();
	if (temporary) fs.rmSync(server.dataDir, { recursive: true, force: true });
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
