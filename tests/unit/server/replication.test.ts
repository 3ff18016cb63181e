import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ADMIN,
	DEMO_PASSWORD,
	couch,
	fakeBuild,
	removeDir,
	startTestServer,
	tempDir
} from './harness';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

// A plain PouchDB client (pouchdb-core + http + replication + memory), as a device would be,
// against the real server over loopback HTTP. The replication plugin may be on pouchdb-core's
// shared class already (the server module installs it); a second install throws.
PouchDB.plugin(httpAdapter).plugin(memoryAdapter);
if (!('replicate' in PouchDB.prototype)) PouchDB.plugin(replication);

let dataDir: string;
let buildDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let url: string;
const A = { name: 'officer-99901', password: DEMO_PASSWORD };

beforeAll(async () => {
	dataDir = tempDir();
	buildDir = fakeBuild();
	server = await startTestServer(dataDir, buildDir);
	url = server.couchUrl;
});

afterAll(async () => {
	await server?.close();
	removeDir(dataDir);
	removeDir(buildDir);
});

let n = 0;
function remote(db: string, who: { name: string; password: string }) {
	return new PouchDB(`${url}/${db}`, {
		skip_setup: true,
		auth: { username: who.name, password: who.password }
	});
}
function device() {
	n += 1;
	return new PouchDB(`device-${n}`, { adapter: 'memory' });
}
const event = (device: string, seq: number) => ({
	_id: `event:000.01.11.H99-260310-0001:000174157120000${seq}-0000:${device}:${seq}`,
	type: 'event',
	kind: 'note',
	text: 'Ghi chú '.repeat(20)
});

describe('a plain PouchDB replicates a commune database as its user', () => {
	it('syncs both ways: the device gets a write made upstream, the server gets every device write', async () => {
		const fromUpstream = event('upstream', 1);
		expect(
			(
				await couch(
					url,
					ADMIN,
					'PUT',
					`/commune-99901/${encodeURIComponent(fromUpstream._id)}`,
					fromUpstream
				)
			).status
		).toBe(201);

		const local = device();
		const mine = Array.from({ length: 30 }, (_, i) => event('tablet-a', i + 1));
		await local.bulkDocs(mine);
		const result = await local.sync(remote('commune-99901', A), { batch_size: 500 });
		expect(result.push?.docs_written).toBe(30);
		expect(result.push?.doc_write_failures).toBe(0);
		expect(await local.get(fromUpstream._id)).toMatchObject({ kind: 'note' });

		const onServer = await couch(url, ADMIN, 'POST', '/commune-99901/_all_docs', {
			keys: mine.map((d) => d._id)
		});
		expect(onServer.body.rows?.every((r) => r.value?.rev)).toBe(true);

		// Idempotent: a second sync moves nothing.
		const again = await local.sync(remote('commune-99901', A));
		expect(again.push?.docs_written).toBe(0);
		expect(again.pull?.docs_written).toBe(0);
	});

	it('a refused (malformed or tampered) document fails alone; the rest still arrives', async () => {
		const local = device();
		const good = event('tablet-b', 1);
		const poison = { _id: 'event:tampered', type: 'dossier' };
		await local.bulkDocs([good, poison]);
		const result = await local.replicate.to(remote('commune-99901', A));
		expect(result.docs_written).toBe(1);
		expect(result.doc_write_failures).toBe(1);
		expect(
			(await couch(url, ADMIN, 'GET', `/commune-99901/${encodeURIComponent(good._id)}`)).status
		).toBe(200);
		expect((await couch(url, ADMIN, 'GET', '/commune-99901/event:tampered')).status).toBe(404);
	});

	it('pulls the catalog down, and refuses to push into it', async () => {
		const local = device();
		const pulled = await local.replicate.from(remote('catalog', A));
		const info = await couch(url, ADMIN, 'GET', '/catalog');
		expect(pulled.docs_written).toBe(info.body.doc_count);
		expect((await local.allDocs()).rows.some((r) => r.id.startsWith('procedure:'))).toBe(true);
		await local.put({ _id: 'procedure:0.000000', type: 'procedure', name: 'giả' });
		const pushed = await local.replicate.to(remote('catalog', A));
		expect(pushed.docs_written).toBe(0);
		expect(pushed.doc_write_failures).toBeGreaterThan(0);
	});

	it("refuses to replicate another commune's database", async () => {
		const local = device();
		await expect(local.replicate.from(remote('commune-99902', A))).rejects.toMatchObject({
			status: 401
		});
	});
});

describe('compression', () => {
	it('accepts gzip request bodies (Content-Encoding: gzip)', async () => {
		const docs = Array.from({ length: 5 }, (_, i) => event('gzip-dev', i + 1));
		const body = gzipSync(JSON.stringify({ docs }));
		const res = await couch(url, A, 'POST', '/commune-99901/_bulk_docs', body, {
			'content-encoding': 'gzip'
		});
		expect(res.status).toBe(201);
		expect((res.body as unknown as Array<{ ok?: boolean }>).every((r) => r.ok)).toBe(true);
	});

	it('gzips CouchDB responses and the app', async () => {
		const all = await fetch(`${url}/commune-99901/_all_docs?include_docs=true`, {
			headers: {
				'accept-encoding': 'gzip',
				authorization: `Basic ${Buffer.from(`${A.name}:${A.password}`).toString('base64')}`
			}
		});
		expect(all.headers.get('content-encoding')).toBe('gzip');
		expect(((await all.json()) as { rows: unknown[] }).rows.length).toBeGreaterThan(30);
		const app = await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } });
		expect(app.headers.get('content-encoding')).toBe('gzip');
	});

	it('flushes a live changes feed through gzip at once (heartbeats are not held back)', async () => {
		const target = new URL(`${url}/commune-99901/_changes?feed=continuous&since=now&heartbeat=100`);
		const firstBytes = await new Promise<number>((resolve, reject) => {
			const req = http.get(
				target,
				{
					headers: {
						'accept-encoding': 'gzip',
						authorization: `Basic ${Buffer.from(`${A.name}:${A.password}`).toString('base64')}`
					}
				},
				(res) => {
					expect(res.headers['content-encoding']).toBe('gzip');
					res.once('data', (chunk: Buffer) => {
						resolve(chunk.length);
						req.destroy();
					});
				}
			);
			req.on('error', reject);
			setTimeout(() => reject(new Error('no bytes within 2 s: the feed is stuck in zlib')), 2000);
		});
		expect(firstBytes).toBeGreaterThan(0);
	});
});

describe('the app beside /couchdb', () => {
	it('serves the build with SPA fallback and the cache headers the service worker needs', async () => {
		const index = await fetch(server.url);
		expect(index.status).toBe(200);
		expect(index.headers.get('cache-control')).toBe('no-cache');
		const deep = await fetch(`${server.url}ho-so/000.01.11.H99-260310-0001`);
		expect(deep.status).toBe(200);
		expect(await deep.text()).toContain('<title>MotCua</title>');
		expect((await fetch(`${server.url}sw.js`)).headers.get('cache-control')).toBe('no-cache');
		const asset = await fetch(`${server.url}_app/immutable/app.abc123.js`);
		expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		// /couchdb is never swallowed by the SPA fallback.
		const missing = await couch(url, null, 'GET', '/no-such-db');
		expect(missing.status).toBe(404);
		expect(missing.body.error).toBe('not_found');
	});
});
