#!/usr/bin/env node
// Serves an existing build/ (no build step) with the embedded CouchDB under /couchdb: used by
// the e2e suite, which builds first. Unless DATA_DIR is set, the data lives in a fresh folder
// under .tmp/ that is removed on exit, so every run starts from a newly provisioned upstream
// and never touches the demo data of `npm start`.
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../server/main.js';

const ownDataDir = !process.env.DATA_DIR;
let dataDir = path.resolve(process.env.DATA_DIR ?? '.tmp');
if (ownDataDir) {
	fs.mkdirSync(dataDir, { recursive: true });
	dataDir = fs.mkdtempSync(path.join(dataDir, 'serve-build-'));
}

const server = await startServer({ dataDir });
console.log(`MotCua test server at ${server.url} (CouchDB ${server.couchUrl}, data ${dataDir})`);

let stopping = false;
const stop = async () => {
	if (stopping) return;
	stopping = true;
	await server.close();
	if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
	process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
