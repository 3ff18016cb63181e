import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ADMIN,
	DEMO_PASSWORD,
	couch,
	removeDir,
	startTestServer,
	tempDir,
	type Who
} from './harness';

// The public status databases on the embedded server, over real HTTP (issue 16): anyone reads one
// status by its random id at /status/<commune>/<token>; nobody without a login lists or writes;
// only the commune's officers write, and never a personal field.
const officer: Who = { name: 'officer-99901', password: DEMO_PASSWORD };
const otherCommune: Who = { name: 'officer-99902', password: DEMO_PASSWORD };
const reader: Who = { name: 'status-reader', password: DEMO_PASSWORD };
const TOKEN = 'K7M2Q9XPA3BWE4NR';
const status = {
	type: 'status',
	commune: '99901',
	code: '000.01.11.H99-260105-1001',
	procedure_code: '1.001193',
	procedure_name: 'Đăng ký khai sinh',
	status: 2,
	appointment_at: '2026-01-05T08:00:00.000Z',
	supplement_needed: false,
	unit_name: 'Trung tâm Phục vụ hành chính công xã Na Sơn',
	unit_address: 'Xã Na Sơn, tỉnh Điện Biên',
	updated_at: '2026-01-05T02:00:00.000Z'
};
const PUBLIC_KEYS = ['_id', ...Object.keys(status)].sort();

let dir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
const db = (path = '') => `/status-99901${path}`;
const publicGet = (path: string, method = 'GET') =>
	fetch(`${server.url}status/${path}`, { method, headers: { accept: 'application/json' } });

beforeAll(async () => {
	dir = tempDir();
	server = await startTestServer(dir);
	const put = await couch(server.couchUrl, officer, 'PUT', db(`/${TOKEN}`), status);
	expect(put.status).toBe(201);
});
afterAll(async () => {
	await server?.close();
	removeDir(dir);
});

describe('the public status database', () => {
	it('lets anyone read one status by id, with only the public fields', async () => {
		const res = await publicGet(`99901/${TOKEN}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const body = (await res.json()) as Record<string, unknown>;
		expect(Object.keys(body).sort()).toEqual(PUBLIC_KEYS);
		expect(body).toMatchObject({ procedure_name: 'Đăng ký khai sinh', status: 2 });
	});

	it('answers 404 for an unknown token, a commune without a database, and any other path', async () => {
		expect((await publicGet('99901/ZZZZZZZZZZZZZZZZ')).status).toBe(404);
		expect((await publicGet(`12345/${TOKEN}`)).status).toBe(404);
		for (const path of ['99901/_all_docs', '99901/_changes', '99901/', '99901', '']) {
			expect((await publicGet(path)).status, path).toBe(404);
		}
		expect((await publicGet(`99901/${TOKEN.toLowerCase()}`)).status).toBe(404);
	});

	it('refuses anonymous listing of the database itself: _all_docs, _changes, _find, a GET by id', async () => {
		expect((await couch(server.couchUrl, null, 'GET', db('/_all_docs'))).status).toBe(401);
		expect((await couch(server.couchUrl, null, 'GET', db('/_changes'))).status).toBe(401);
		const find = await couch(server.couchUrl, null, 'POST', db('/_find'), { selector: {} });
		expect(find.status).toBe(401);
		expect((await couch(server.couchUrl, null, 'GET', db(`/${TOKEN}`))).status).toBe(401);
	});

	it('closes the express-pouchdb routes that skipped the member check, on every database', async () => {
		const url = server.couchUrl;
		for (const name of ['status-99901', 'commune-99901']) {
			const find = await couch(url, null, 'POST', `/${name}/_find`, { selector: {} });
			expect(find.status, `${name} _find`).toBe(401);
			const docs = { docs: [{ id: TOKEN }] };
			expect((await couch(url, null, 'POST', `/${name}/_bulk_get`, docs)).status).toBe(401);
			expect((await couch(url, null, 'GET', `/${name}/_index`)).status).toBe(401);
			const index = { index: { fields: ['type'] } };
			expect((await couch(url, null, 'POST', `/${name}/_index`, index)).status).toBe(401);
			expect(
				(await couch(url, otherCommune, 'POST', `/${name}/_find`, { selector: {} })).status
			).toBe(403);
		}
		// Members keep _bulk_get (PouchDB's replication reads with it).
		const own = await couch(url, officer, 'POST', db('/_bulk_get'), { docs: [{ id: TOKEN }] });
		expect(own.status).toBe(200);
		expect(JSON.stringify(own.body)).toContain('Đăng ký khai sinh');
	});

	it('refuses anonymous writes, through the database and through the public path', async () => {
		const other = { ...status, code: 'x' };
		expect((await couch(server.couchUrl, null, 'PUT', db('/ZZZZZZZZZZZZZZZZ'), other)).status).toBe(
			401
		);
		// express-pouchdb answers a refused _bulk_docs 201 with an error per document: what counts
		// is that nothing was stored (see the listing at the end).
		const bulk = await couch(server.couchUrl, null, 'POST', db('/_bulk_docs'), { docs: [other] });
		expect(JSON.stringify(bulk.body)).toMatch(/unauthorized|forbidden/);
		for (const method of ['PUT', 'POST', 'DELETE']) {
			expect((await publicGet(`99901/${TOKEN}`, method)).status, method).toBe(403);
		}
	});

	it('refuses writes by non-members: another commune, the status reader', async () => {
		const doc = { ...status, _id: 'ZZZZZZZZZZZZZZZ0' };
		// express-pouchdb refuses a non-member 401 at the database, CouchDB 403: both refuse.
		expect([401, 403]).toContain(
			(await couch(server.couchUrl, otherCommune, 'POST', db(), doc)).status
		);
		expect((await couch(server.couchUrl, reader, 'POST', db(), doc)).status).toBe(403);
		// The reader the proxy uses reads by id, and is no member of the records.
		expect((await couch(server.couchUrl, reader, 'GET', db(`/${TOKEN}`))).status).toBe(200);
		expect([401, 403]).toContain(
			(await couch(server.couchUrl, reader, 'GET', '/commune-99901')).status
		);
	});

	it("refuses a member's status that carries a personal field, even from a server admin", async () => {
		for (const field of ['name', 'citizen_id', 'phone', 'address', 'applicant']) {
			const doc = { ...status, _id: 'ZZZZZZZZZZZZZZZ1', [field]: 'Nguyễn Văn A' };
			expect((await couch(server.couchUrl, officer, 'POST', db(), doc)).status, field).toBe(403);
			expect((await couch(server.couchUrl, ADMIN, 'POST', db(), doc)).status, field).toBe(403);
		}
		// Nothing any refused write above tried to store is there.
		const listed = await couch(server.couchUrl, officer, 'GET', db('/_all_docs'));
		expect(listed.body.rows?.map((r) => r.id)).toEqual([TOKEN, '_design/motcua'].sort());
	});

	it("lets the commune's officer update a status with its revision", async () => {
		const current = await couch(server.couchUrl, officer, 'GET', db(`/${TOKEN}`));
		const next = { ...current.body, status: 5, supplement_needed: true };
		expect((await couch(server.couchUrl, officer, 'PUT', db(`/${TOKEN}`), next)).status).toBe(201);
		const body = (await (await publicGet(`99901/${TOKEN}`)).json()) as Record<string, unknown>;
		expect(body).toMatchObject({ status: 5, supplement_needed: true });
	});
});
