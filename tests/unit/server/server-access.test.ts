import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, DEMO_PASSWORD, couch, removeDir, startTestServer, tempDir } from './harness';

// Real server on a free loopback port, real HTTP, demo upstream with communes 99901 and 99902.
let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let url: string;
const A = { name: 'officer-99901', password: DEMO_PASSWORD };
const B = { name: 'officer-99902', password: DEMO_PASSWORD };
const UP = { name: 'upstream', password: DEMO_PASSWORD };

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
	url = server.couchUrl;
});

afterAll(async () => {
	await server?.close();
	removeDir(dataDir);
});

async function up() {
	const res = await couch(url, null, 'GET', '/_up');
	return res.status === 200 && res.body.status === 'ok';
}

const event = (n: number) => ({
	_id: `event:000.01.11.H99-260310-000${n}:0001741571200000-0000:tablet-1:${n}`,
	type: 'event',
	kind: 'received'
});

describe('the embedded upstream as provisioned', () => {
	it('has the catalog and both commune databases, guarded and seeded', async () => {
		const dbs = await couch(url, ADMIN, 'GET', '/_all_dbs');
		expect(dbs.body).toEqual(expect.arrayContaining(['catalog', 'commune-99901', 'commune-99902']));
		const sec = await couch(url, ADMIN, 'GET', '/commune-99901/_security');
		expect(sec.body.members).toMatchObject({ roles: ['commune:99901', 'upstream'] });
		const ddoc = await couch(url, ADMIN, 'GET', '/commune-99901/_design/motcua');
		expect(String(ddoc.body.validate_doc_update)).toMatch(
			/^function \(newDoc, oldDoc, userCtx, secObj\) \{\n\tvar DEVICE_ID/
		);
		const catalog = await couch(url, ADMIN, 'GET', '/catalog');
		expect(catalog.body.doc_count).toBeGreaterThan(1);
	});

	it('logs each demo user in with its role', async () => {
		for (const [who, roles] of [
			[A, ['commune:99901']],
			[B, ['commune:99902']],
			// The upstream user works for the seed's first upstream unit (issue 17).
			[UP, ['upstream', 'agency:snnmt-11']],
			[{ name: 'agency-stp-11', password: DEMO_PASSWORD }, ['upstream', 'agency:stp-11']]
		] as const) {
			const res = await couch(url, null, 'POST', '/_session', {
				name: who.name,
				password: who.password
			});
			expect(res.status).toBe(200);
			expect(res.headers.get('set-cookie')).toMatch(/AuthSession=/);
			const session = await couch(url, who, 'GET', '/_session');
			expect(session.body.userCtx).toEqual({ name: who.name, roles: [...roles] });
			const cookie = String(res.headers.get('set-cookie')).split(';')[0] ?? '';
			const logout = await couch(url, null, 'DELETE', '/_session', undefined, { cookie });
			expect(logout.status).toBe(200);
		}
	});
});

describe('the server never goes down because of a client request', () => {
	it('answers a non-admin PUT /<db> with 401 and keeps serving (express-pouchdb would crash)', async () => {
		for (const who of [null, A, UP, { name: 'nobody', password: 'x' }]) {
			const res = await couch(url, who, 'PUT', '/brand-new-db');
			expect([401]).toContain(res.status);
			expect(await up()).toBe(true);
		}
		const dbs = await couch(url, ADMIN, 'GET', '/_all_dbs');
		expect(dbs.body).not.toContain('brand-new-db');
		// Creating a database stays possible for the admin.
		expect((await couch(url, ADMIN, 'PUT', '/admin-made')).status).toBe(201);
		expect((await couch(url, ADMIN, 'DELETE', '/admin-made')).status).toBe(200);
	});

	it('refuses a non-admin DELETE /<db>', async () => {
		expect((await couch(url, A, 'DELETE', '/commune-99901')).status).toBe(401);
		expect((await couch(url, A, 'GET', '/commune-99901')).status).toBe(200);
	});

	it('answers a burst of odd requests, each with a status, and keeps serving', async () => {
		const paths = [
			'/%ZZ',
			'/commune-99901/%E0%A4%A',
			'/commune-99901/_bulk_get',
			'/commune-99901/_revs_diff',
			'/commune-99901/_design/x/_update/y',
			'/commune-99901/_temp_view',
			'/commune-99901/_compact',
			'/_users/_bulk_docs',
			'/_config/admins',
			'/_restart',
			'/commune-99902/_all_docs?keys=[1'
		];
		const bodies = [
			'{',
			'[]',
			'null',
			'{"docs":[null,1,"s",{"_id":1}]}',
			'{"name":{},"password":[]}'
		];
		for (const who of [null, A]) {
			for (const method of ['PUT', 'POST', 'DELETE', 'COPY']) {
				for (const p of paths) {
					for (const body of bodies) {
						const res = await couch(url, who, method, p, body, {
							'content-type': 'application/json'
						});
						expect(res.status).toBeGreaterThanOrEqual(200);
					}
				}
			}
		}
		expect(await up()).toBe(true);
	});

	it('survives malformed bodies, unknown routes and odd methods', async () => {
		const bad = await couch(url, A, 'POST', '/commune-99901/_bulk_docs', '{not json', {
			'content-type': 'application/json'
		});
		expect(bad.status).toBe(400);
		expect(
			(await couch(url, A, 'GET', '/commune-99901/_nonsense/x')).status
		).toBeGreaterThanOrEqual(400);
		expect((await couch(url, A, 'PATCH', '/commune-99901')).status).toBeGreaterThanOrEqual(400);
		expect(await up()).toBe(true);
	});
});

describe('privilege holes of express-pouchdb 4.2.0, closed', () => {
	it('a user cannot grant themselves a role by editing their own _users document', async () => {
		const me = await couch(url, A, 'GET', '/_users/org.couchdb.user:officer-99901');
		expect(me.status).toBe(200);
		const res = await couch(url, A, 'PUT', '/_users/org.couchdb.user:officer-99901', {
			...me.body,
			roles: ['upstream']
		});
		expect(res.status).toBe(403);
		const session = await couch(url, A, 'GET', '/_session');
		expect(session.body.userCtx?.roles).toEqual(['commune:99901']);
	});

	it('nobody signs up or edits users but the admin', async () => {
		const signup = { name: 'mallory', password: 'x', roles: [], type: 'user' };
		expect((await couch(url, null, 'PUT', '/_users/org.couchdb.user:mallory', signup)).status).toBe(
			403
		);
		expect((await couch(url, A, 'POST', '/_users/_bulk_docs', { docs: [signup] })).status).toBe(
			403
		);
	});

	it('a member cannot rewrite _security through _local/_security, by any route', async () => {
		const before = await couch(url, ADMIN, 'GET', '/commune-99901/_security');
		const hack = { _id: '_local/_security', _rev: '0-1', security: { members: { roles: ['x'] } } };
		expect((await couch(url, A, 'PUT', '/commune-99901/_local/_security', hack)).status).toBe(403);
		expect((await couch(url, A, 'DELETE', '/commune-99901/_local/_security?rev=0-1')).status).toBe(
			403
		);
		const bulk = await couch(url, A, 'POST', '/commune-99901/_bulk_docs', { docs: [hack] });
		expect(bulk.status).toBe(403);
		expect((await couch(url, A, 'PUT', '/commune-99901/_security', {})).status).toBe(401);
		const after = await couch(url, ADMIN, 'GET', '/commune-99901/_security');
		expect(after.body).toEqual(before.body);
	});

	it('server-side replication is admin-only', async () => {
		const res = await couch(url, A, 'POST', '/_replicate', {
			source: 'commune-99902',
			target: 'x'
		});
		expect(res.status).toBe(403);
		const doc = { _id: 'r1', source: 'commune-99902', target: 'http://example.invalid/x' };
		expect((await couch(url, A, 'PUT', '/_replicator/r1', doc)).status).toBe(403);
	});
});

describe('who may read and write what', () => {
	it("commune A's user cannot read or write commune B's database", async () => {
		expect([401, 403]).toContain((await couch(url, A, 'GET', '/commune-99902')).status);
		expect([401, 403]).toContain((await couch(url, A, 'GET', '/commune-99902/_all_docs')).status);
		const put = await couch(
			url,
			A,
			'PUT',
			`/commune-99902/${encodeURIComponent(event(1)._id)}`,
			event(1)
		);
		expect([401, 403]).toContain(put.status);
		const bulk = await couch(url, A, 'POST', '/commune-99902/_bulk_docs', { docs: [event(2)] });
		const answer =
			bulk.status >= 400
				? `HTTP ${bulk.status}`
				: (bulk.body as unknown as Array<{ error?: string }>)[0]?.error;
		expect(answer).toMatch(/^HTTP 40[13]$|^(forbidden|unauthorized)$/);
		expect((await couch(url, ADMIN, 'GET', '/commune-99902/_all_docs')).body.rows).toHaveLength(2); // the design doc and the transfer index (issue 17)
	});

	it('a commune user reads the catalog but cannot write it; the upstream user can', async () => {
		expect((await couch(url, A, 'GET', '/catalog/_all_docs')).status).toBe(200);
		const doc = { _id: 'procedure:9.999999', type: 'procedure', name: 'Thử' };
		const byA = await couch(url, A, 'PUT', '/catalog/procedure:9.999999', doc);
		expect(byA.status).toBe(403);
		expect(byA.body.error).toBe('forbidden');
		const byUp = await couch(url, UP, 'PUT', '/catalog/procedure:9.999999', doc);
		expect(byUp.status).toBe(201);
		const edit = await couch(url, UP, 'PUT', '/catalog/procedure:9.999999', {
			...doc,
			_rev: byUp.body.rev,
			name: 'Sửa'
		});
		expect(edit.status).toBe(201);
		expect(
			(await couch(url, A, 'DELETE', `/catalog/procedure:9.999999?rev=${edit.body.rev}`)).status
		).toBe(403);
	});

	it('anonymous users read nothing', async () => {
		expect([401, 403]).toContain((await couch(url, null, 'GET', '/catalog/_all_docs')).status);
		expect([401, 403]).toContain(
			(await couch(url, null, 'GET', '/commune-99901/_all_docs')).status
		);
		expect([401, 403]).toContain((await couch(url, null, 'GET', '/_users/_all_docs')).status);
	});

	it('a commune user writes new events, never modifies or deletes one', async () => {
		const e = event(3);
		const path = `/commune-99901/${encodeURIComponent(e._id)}`;
		const created = await couch(url, A, 'PUT', path, e);
		expect(created.status).toBe(201);
		const changed = await couch(url, A, 'PUT', path, {
			...e,
			_rev: created.body.rev,
			kind: 'returned'
		});
		expect(changed.status).toBe(403);
		expect(changed.body.error).toBe('forbidden');
		expect((await couch(url, A, 'DELETE', `${path}?rev=${created.body.rev}`)).status).toBe(403);
		// Neither may the upstream office or the admin.
		expect(
			(await couch(url, UP, 'PUT', path, { ...e, _rev: created.body.rev, kind: 'x' })).status
		).toBe(403);
		expect((await couch(url, ADMIN, 'DELETE', `${path}?rev=${created.body.rev}`)).status).toBe(403);
		const stored = await couch(url, A, 'GET', path);
		expect(stored.body).toMatchObject({ kind: 'received', _rev: created.body.rev });
	});

	it('answers a create of an existing id, or a stale revision, with 409 as CouchDB does', async () => {
		const e = event(6);
		const path = `/commune-99901/${encodeURIComponent(e._id)}`;
		const created = await couch(url, A, 'PUT', path, e);
		expect(created.status).toBe(201);
		expect((await couch(url, A, 'PUT', path, e)).status).toBe(409);
		expect(
			(await couch(url, A, 'PUT', path, { ...e, _rev: '1-00000000000000000000000000000000' }))
				.status
		).toBe(409);
		const bulk = await couch(url, A, 'POST', '/commune-99901/_bulk_docs', { docs: [e] });
		expect((bulk.body as unknown as Array<{ error?: string }>)[0]?.error).toBe('conflict');
		// Naming the current revision reaches the design document, which refuses the change.
		expect(
			(await couch(url, A, 'PUT', path, { ...e, _rev: created.body.rev, kind: 'x' })).status
		).toBe(403);
	});

	it('accepts a replicated re-send of a revision the server already has', async () => {
		const e = { ...event(4), _rev: '1-0123456789abcdef0123456789abcdef' };
		const body = { docs: [e], new_edits: false };
		expect((await couch(url, A, 'POST', '/commune-99901/_bulk_docs', body)).status).toBe(201);
		const again = await couch(url, A, 'POST', '/commune-99901/_bulk_docs', body);
		expect(again.status).toBe(201);
		expect(again.body as unknown as unknown[]).toEqual([]);
	});

	it('refuses malformed documents with 403 and the reason', async () => {
		const cases = [
			{ _id: 'event:no-type' },
			{ _id: 'dossier:x', type: 'event' },
			{ _id: 'procedure:1.001193', type: 'procedure' },
			{ _id: 'slot:99901:12', type: 'slot', slot: 12, device_id: 'tab-1' }
		];
		for (const doc of cases) {
			const res = await couch(url, A, 'PUT', `/commune-99901/${encodeURIComponent(doc._id)}`, doc);
			expect(res.status).toBe(403);
			expect(res.body.reason).toEqual(expect.any(String));
		}
		const bulk = await couch(url, A, 'POST', '/commune-99901/_bulk_docs', { docs: cases });
		const results = bulk.body as unknown as Array<{ error?: string }>;
		expect(results.map((r) => r.error)).toEqual([
			'forbidden',
			'forbidden',
			'forbidden',
			'forbidden'
		]);
	});

	it('lets the upstream office read every commune database and write there only its one-stop events', async () => {
		for (const db of ['commune-99901', 'commune-99902']) {
			expect((await couch(url, UP, 'GET', `/${db}/_all_docs`)).status).toBe(200);
			const e = { ...event(5), _id: `${event(5)._id}:${db}` };
			expect((await couch(url, UP, 'PUT', `/${db}/${encodeURIComponent(e._id)}`, e)).status).toBe(
				403
			);
		}
	});
});
