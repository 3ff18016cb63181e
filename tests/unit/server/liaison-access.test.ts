import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, couch, removeDir, startTestServer, tempDir } from './harness';

// Issue 17 on the embedded server as provisioned (real HTTP): who may write the one-stop events.
let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let url: string;
const A = { name: 'officer-99901', password: DEMO_PASSWORD };
const UP = { name: 'upstream', password: DEMO_PASSWORD };
const STP = { name: 'agency-stp-11', password: DEMO_PASSWORD };

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
	url = server.couchUrl;
});

afterAll(async () => {
	await server?.close();
	removeDir(dataDir);
});

const CODE = '000.01.11.H99-260310-0007';
const transfer = {
	_id: `event:${CODE}:0001741571200000-0000:xa-1:000001`,
	type: 'event',
	kind: 'transferred',
	dossier_code: CODE,
	to_agency: 'Sở Nông nghiệp và Môi trường tỉnh Điện Biên',
	to_unit: 'snnmt-11'
};
const accepted = (device: string, unit = 'snnmt-11') => ({
	_id: `event:${CODE}:0001741571300000-0000:${device}:000001`,
	type: 'event',
	kind: 'upstream_accepted',
	dossier_code: CODE,
	unit,
	transfer_id: transfer._id
});
const put = (who: typeof A, doc: { _id: string }) =>
	couch(url, who, 'PUT', `/commune-99901/${encodeURIComponent(doc._id)}`, doc);

describe('one-stop events on the embedded upstream', () => {
	it('the commune transfers; the unit it names accepts; the commune sees it', async () => {
		expect((await put(A, transfer)).status).toBe(201);
		expect((await put(UP, accepted('so-1'))).status).toBe(201);
		const seen = await couch(
			url,
			A,
			'GET',
			`/commune-99901/${encodeURIComponent(accepted('so-1')._id)}`
		);
		expect(seen.body).toMatchObject({ kind: 'upstream_accepted', unit: 'snnmt-11' });
	});

	it('another unit cannot write in its name, nor the commune write an upstream event', async () => {
		const forged = await put(STP, accepted('so-2'));
		expect(forged.status).toBe(403);
		expect(forged.body.reason).toMatch(/own name/);
		expect((await put(A, accepted('xa-2'))).status).toBe(403);
	});

	it('an upstream unit cannot write commune documents (intake, return)', async () => {
		const returned = { ...transfer, _id: `${transfer._id}-r`, kind: 'returned', method: 'desk' };
		expect((await put(UP, returned)).status).toBe(403);
		const intake = { _id: `dossier:${CODE}`, type: 'dossier', code: CODE };
		expect((await put(UP, intake)).status).toBe(403);
	});

	it('the unit finds the transfers to it with _find (what its device pulls)', async () => {
		const found = await couch(url, UP, 'POST', '/commune-99901/_find', {
			selector: { type: 'event', kind: 'transferred', to_unit: 'snnmt-11' },
			fields: ['_id', 'dossier_code'],
			limit: 1000
		});
		expect(found.status).toBe(200);
		expect(found.body.docs).toEqual([{ _id: transfer._id, dossier_code: CODE }]);
	});
});
