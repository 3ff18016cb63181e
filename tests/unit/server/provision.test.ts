import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouchClient } from '../../../server/provision/couch-client.js';
import { ensureSecurity, probeValidation } from '../../../server/provision/databases.js';
import { changeCount, provision } from '../../../server/provision/provision.js';
import { loadSeedDocs } from '../../../server/provision/seed-files.js';
import { ADMIN, DEMO_PASSWORD, couch, removeDir, startTestServer, tempDir } from './harness';

const run = promisify(execFile);
const CLI = path.resolve('scripts/provision.js');
const APP_ORIGIN = 'http://app.example.vn';

let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let url: string;

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
	url = server.couchUrl;
});

afterAll(async () => {
	await server?.close();
	removeDir(dataDir);
});

/** `npm run provision -- ...`, as a real child process over HTTP. */
async function cli(...args: string[]) {
	const { stdout } = await run(process.execPath, [
		CLI,
		'--url',
		url,
		'--admin',
		`${ADMIN.name}:${ADMIN.password}`,
		...args
	]);
	return stdout;
}

const demoPlan = () => ({
	communes: [
		{ code: '99901', name: 'Na Sơn' },
		{ code: '99902', name: 'Điện Biên Phủ' }
	],
	passwordFor: () => DEMO_PASSWORD,
	enforcePasswords: true,
	seedDocs: loadSeedDocs(path.resolve('src/lib/seed')).docs
});

describe('provisioning is idempotent', () => {
	it('a second run of the embedded demo provisioning changes nothing', async () => {
		const report = await provision(createCouchClient(url, ADMIN), demoPlan());
		expect(changeCount(report)).toBe(0);
		expect(report.databases).toMatchObject({ created: 0, unchanged: 9 });
		expect(report.security).toMatchObject({ updated: 0, unchanged: 7 });
		expect(report.design).toMatchObject({ created: 0, updated: 0, unchanged: 9 }); // 7 design docs + 2 transfer indexes;
		// Two officers, upstream, one user per upstream unit of the seed (2), the status reader.
		expect(report.users).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
		expect(report.seed).toMatchObject({ created: 0, updated: 0, kept: 0, rejected: 0 });
	});

	it('the CLI run twice with CORS: the second run reports 0 changes, only "unchanged"', async () => {
		const first = await cli('--communes', '99901,99902', '--cors-origin', APP_ORIGIN);
		expect(first).toMatch(/cors\s+6 updated/);
		expect(first).toMatch(/users\s+6 unchanged/);
		const second = await cli('--communes', '99901,99902', '--cors-origin', APP_ORIGIN);
		expect(second).toMatch(/\n\s+0 changes\n/);
		for (const step of ['databases', 'security', 'design', 'users', 'seed', 'cors']) {
			expect(second).toMatch(new RegExp(`${step}\\s+\\d+ unchanged\\n`));
		}
		// Existing users keep their password; the demo logins still work.
		const session = await couch(
			url,
			{ name: 'officer-99901', password: DEMO_PASSWORD },
			'GET',
			'/_session'
		);
		expect(session.body.userCtx?.name).toBe('officer-99901');
	});

	it('adds a commune: its database, user (generated password) and catalog membership', async () => {
		const out = await cli('--communes', '99903');
		expect(out).toMatch(/databases\s+3 created/);
		const line = out.split('\n').find((l) => l.trim().startsWith('officer-99903'));
		const password = line?.trim().split(/\s+/)[1] ?? '';
		expect(password.length).toBeGreaterThanOrEqual(12);
		const who = { name: 'officer-99903', password };
		expect((await couch(url, who, 'GET', '/commune-99903/_all_docs')).status).toBe(200);
		expect((await couch(url, who, 'GET', '/catalog/_all_docs')).status).toBe(200);
		expect([401, 403]).toContain((await couch(url, who, 'GET', '/commune-99901')).status);
		const sec = await couch(url, ADMIN, 'GET', '/catalog/_security');
		expect(sec.body.members).toMatchObject({
			roles: expect.arrayContaining(['upstream', 'commune:99901', 'commune:99902', 'commune:99903'])
		});
		expect(await cli('--communes', '99903')).toMatch(/\n\s+0 changes\n/);
	});
});

describe('CORS for an app served from another origin', () => {
	it('answers the preflight and the request for the configured origin only', async () => {
		const preflight = await fetch(`${url}/commune-99901/_bulk_docs`, {
			method: 'OPTIONS',
			headers: {
				origin: APP_ORIGIN,
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'authorization, content-type, content-encoding'
			}
		});
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
		expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
		expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-encoding/);
		const get = await fetch(`${url}/_up`, { headers: { origin: APP_ORIGIN } });
		expect(get.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
		expect(get.headers.get('access-control-expose-headers')).toMatch(/\bdate\b/);
		const other = await fetch(`${url}/_up`, { headers: { origin: 'http://evil.example' } });
		expect(other.headers.get('access-control-allow-origin')).toBeNull();
	});

	it('exposes Date only once provisioning asks for it, as Apache CouchDB 3.4 does', async () => {
		const key = '/_node/_local/_config/cors/exposed_headers';
		expect((await couch(url, ADMIN, 'DELETE', key)).status).toBe(200);
		const bare = await fetch(`${url}/_up`, { headers: { origin: APP_ORIGIN } });
		const exposedBare = bare.headers.get('access-control-expose-headers') ?? '';
		expect(exposedBare).toMatch(/x-couch-request-id/);
		expect(exposedBare).not.toMatch(/\bdate\b/);
		expect(await cli('--communes', '99901,99902', '--cors-origin', APP_ORIGIN)).toMatch(
			/cors\s+1 updated, 5 unchanged/
		);
		const after = await fetch(`${url}/_up`, { headers: { origin: APP_ORIGIN } });
		expect(after.headers.get('access-control-expose-headers')).toMatch(
			/x-couch-request-id.*\bdate\b/
		);
	});
});

describe('seeding the catalog', () => {
	const UP = { name: 'upstream', password: DEMO_PASSWORD };
	const client = () => createCouchClient(url, ADMIN);
	const seedOnly = (
		docs: Record<string, unknown>[],
		seedMode: 'update' | 'overwrite' | 'missing'
	) => provision(client(), { ...demoPlan(), seedDocs: docs, seedMode });

	it('keeps an edit made upstream, updates what nobody edited, overwrites only when told', async () => {
		const docs = demoPlan().seedDocs;
		const [a, b] = docs;
		if (!a || !b) throw new Error('the demo plan seeds at least two documents');
		const edited = await couch(url, ADMIN, 'GET', `/catalog/${encodeURIComponent(a!._id)}`);
		const edit = await couch(url, UP, 'PUT', `/catalog/${encodeURIComponent(a!._id)}`, {
			...edited.body,
			upstream_note: 'phí theo Nghị quyết HĐND tỉnh'
		});
		expect(edit.status).toBe(201);

		const newer = docs.map((d) => ({ ...d, seed_note: 'v2' }));
		const update = await seedOnly(newer, 'update');
		expect(update.seed).toMatchObject({ updated: docs.length - 1, kept: 1, created: 0 });
		const kept = await couch(url, ADMIN, 'GET', `/catalog/${encodeURIComponent(a!._id)}`);
		expect(kept.body).toMatchObject({ upstream_note: 'phí theo Nghị quyết HĐND tỉnh' });
		expect(kept.body.seed_note).toBeUndefined();
		const bNow = await couch(url, ADMIN, 'GET', `/catalog/${encodeURIComponent(b!._id)}`);
		expect(bNow.body.seed_note).toBe('v2');

		expect(changeCount(await seedOnly(newer, 'update'))).toBe(0);
		expect((await seedOnly(docs, 'missing')).seed).toMatchObject({ updated: 0, kept: docs.length });
		const overwrite = await seedOnly(docs, 'overwrite');
		expect(overwrite.seed).toMatchObject({ updated: docs.length, kept: 0 });
		const restored = await couch(url, ADMIN, 'GET', `/catalog/${encodeURIComponent(a!._id)}`);
		expect(restored.body.upstream_note).toBeUndefined();
		expect(changeCount(await seedOnly(docs, 'update'))).toBe(0);
	});

	it('skips and reports seed documents the catalog would refuse', async () => {
		const bad = [
			{ _id: 'procedure:0.000001', type: 'procedure', name: 'ok' },
			{ _id: 'oops:1', type: 'procedure' },
			{ _id: 'event:1', type: 'event' }
		];
		const report = await seedOnly(bad, 'update');
		expect(report.seed).toMatchObject({ created: 1, rejected: 2 });
		expect(report.seed.problems).toHaveLength(2);
	});
});

describe('provisioning proves each validate function runs', () => {
	it('fails, naming the database, when a write the design document must refuse is accepted; leaves nothing behind', async () => {
		const client = createCouchClient(url, ADMIN);
		await client.expect('PUT', '/probe-open');
		await client.expect('PUT', '/probe-open/_design/motcua', {
			validate_doc_update: 'function (newDoc) {}'
		});
		await expect(probeValidation(client, 'probe-open')).rejects.toThrow(
			/probe-open: a write its validate_doc_update must refuse was accepted/
		);
		const left = await client.request('GET', '/probe-open/motcua-provision-probe');
		expect(left.status).toBe(404);
	});

	it('passes on a database provisioned with its MotCua design document', async () => {
		const client = createCouchClient(url, ADMIN);
		await expect(probeValidation(client, 'catalog')).resolves.toBeUndefined();
		const left = await client.request('GET', '/catalog/motcua-provision-probe');
		expect(left.status).toBe(404);
	});
});

describe('a CouchDB not set up as a node', () => {
	it('fails with what to set (single_node) when _security answers 500 no_majority', async () => {
		// What Apache CouchDB 3.4 answers before `[couchdb] single_node = true` or cluster setup.
		const notSetUp = http.createServer((req, res) => {
			res.setHeader('content-type', 'application/json');
			if (req.method === 'PUT' && req.url?.endsWith('/_security')) {
				res.statusCode = 500;
				res.end(JSON.stringify({ error: 'no_majority', reason: 'no_majority' }));
				return;
			}
			res.end('{}');
		});
		await new Promise<void>((resolve) => notSetUp.listen(0, '127.0.0.1', resolve));
		const { port } = notSetUp.address() as AddressInfo;
		try {
			const client = createCouchClient(`http://127.0.0.1:${port}`, ADMIN);
			const want = { members: { roles: ['commune:99901'] }, admins: { names: [] } };
			await expect(ensureSecurity(client, 'commune-99901', want)).rejects.toThrow(
				/commune-99901\/_security → 500 no_majority.*single_node = true.*docs\/DEPLOY\.md/
			);
		} finally {
			await new Promise((resolve) => notSetUp.close(resolve));
		}
	});
});
