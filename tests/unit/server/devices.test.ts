import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolDevice } from '../../../server/enrol/claim-slot.js';
import { listDevices, revokeDevice } from '../../../server/devices/revoke-device.js';
import { resetPassword } from '../../../server/devices/reset-password.js';
import { ADMIN, DEMO_PASSWORD, couch, removeDir, startTestServer, tempDir } from './harness';

/**
 * Issue 19 on the embedded server, over HTTP: a revoked device's writes are refused, its slot
 * is claimed again under a new generation whose numbers start after the revocation day, and an
 * officer changes only their own password.
 */

let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let url: string;
const A = { name: 'officer-99901', password: DEMO_PASSWORD };
const B = { name: 'officer-99902', password: DEMO_PASSWORD };

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
	url = server.couchUrl;
});

afterAll(async () => {
	await server?.close();
	removeDir(dataDir);
});

const at = (iso: string) => () => new Date(iso);
const enrol = (deviceId: string, when = '2026-03-10T02:00:00Z') =>
	enrolDevice({ couchUrl: url, commune: '99901', deviceId, auth: A, now: at(when) });
const revoke = (deviceId: string, when = '2026-03-12T09:30:00Z') =>
	revokeDevice({ couchUrl: url, commune: '99901', deviceId, auth: ADMIN, now: at(when) });

/** A commune event as a device writes it (only what validate_doc_update reads). */
function eventBy(device: string, n: number) {
	const hlc = `${String(1773100000000 + n).padStart(13, '0')}-0000`;
	return {
		_id: `event:01234.260310.0001:${hlc}:${device}:${String(n).padStart(6, '0')}`,
		type: 'event',
		kind: 'note',
		dossier_code: '01234.260310.0001',
		device_id: device,
		seq: n
	};
}

describe('revoking a device', () => {
	it('refuses every new document naming the device, keeps what it wrote before', async () => {
		await enrol('lost-phone');
		const before = eventBy('lost-phone', 1);
		expect((await couch(url, A, 'PUT', `/commune-99901/${before._id}`, before)).status).toBe(201);

		const r = await revoke('lost-phone');
		expect(r).toMatchObject({ slot: 0, generation: 0, free_from: '2026-03-13', already: false });

		const after = eventBy('lost-phone', 2);
		const refused = await couch(url, A, 'PUT', `/commune-99901/${after._id}`, after);
		expect(refused.status).toBe(403);
		expect(refused.body.reason).toMatch(/revoked/);
		// Replication (new_edits: false) is refused the same way.
		const bulk = await couch(url, A, 'POST', '/commune-99901/_bulk_docs', {
			new_edits: false,
			docs: [{ ...after, _rev: '1-abc' }]
		});
		expect(JSON.stringify(bulk.body)).toMatch(/revoked/);
		expect((await couch(url, A, 'GET', `/commune-99901/${after._id}`)).status).toBe(404);
		// Its photos too (media database), and the earlier event is still there.
		const sec = await couch(url, ADMIN, 'GET', '/media-99901/_security');
		expect(sec.body.revoked_devices).toEqual(['lost-phone']);
		expect((await couch(url, A, 'GET', `/commune-99901/${before._id}`)).status).toBe(200);
		// Another device of the commune still writes.
		await enrol('desk-laptop');
		const other = eventBy('desk-laptop', 1);
		expect((await couch(url, A, 'PUT', `/commune-99901/${other._id}`, other)).status).toBe(201);
	});

	it('is idempotent, admin-only, and the revocation cannot be forged or removed', async () => {
		const again = await revoke('lost-phone', '2026-03-20T00:00:00Z');
		expect(again).toMatchObject({ already: true, free_from: '2026-03-13' });
		const forged = {
			type: 'revocation',
			commune: '99901',
			device_id: 'desk-laptop',
			slot: 1,
			generation: 0,
			revoked_at: '2026-03-12T00:00:00Z',
			free_from: '2026-03-13'
		};
		const put = await couch(url, A, 'PUT', '/commune-99901/revocation:99901:desk-laptop', forged);
		expect(put.status).toBe(403);
		const stored = await couch(url, A, 'GET', '/commune-99901/revocation:99901:lost-phone');
		const del = await couch(
			url,
			ADMIN,
			'DELETE',
			`/commune-99901/revocation:99901:lost-phone?rev=${String(stored.body._rev)}`
		);
		expect(del.status).toBe(403);
		const devices = await listDevices({ couchUrl: url, commune: '99901', auth: ADMIN });
		expect(devices.find((d) => d.device_id === 'lost-phone')?.revoked_at).toBe(
			'2026-03-12T09:30:00.000Z'
		);
	});
});

describe('freeing the slot without reusing a number', () => {
	it('hands a freed slot out only when no fresh slot is left, as a new generation from free_from', async () => {
		// Slots 0 (lost-phone) and 1 (desk-laptop) are taken; 2–9 are fresh and go first.
		const fresh = await Promise.all(Array.from({ length: 8 }, (_, i) => enrol(`tab-${i}`)));
		expect(fresh.map((f) => f.generation)).toEqual(Array(8).fill(0));
		expect(new Set(fresh.map((f) => f.slot))).toEqual(new Set([2, 3, 4, 5, 6, 7, 8, 9]));

		// Two new devices race for the one freed slot: one gets it, the other nothing.
		const race = await Promise.allSettled([enrol('new-phone-a'), enrol('new-phone-b')]);
		const won = race.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
		expect(won).toHaveLength(1);
		expect(won[0]).toMatchObject({ slot: 0, generation: 1, firstDate: '2026-03-13' });
		const lost = race.find((r) => r.status === 'rejected');
		expect(lost && lost.status === 'rejected' && lost.reason.code).toBe('no_free_slot');
		const claim = await couch(url, A, 'GET', '/commune-99901/slot:99901:0:1');
		expect(claim.body).toMatchObject({ generation: 1, first_date: '2026-03-13' });
		// The first claim is untouched: it still names the revoked device.
		const first = await couch(url, A, 'GET', '/commune-99901/slot:99901:0');
		expect(first.body.device_id).toBe('lost-phone');

		// A claim of a later generation without its first date, or a wrong generation, is refused.
		const bad = { type: 'slot', commune: '99901', slot: 1, device_id: 'x-dev', generation: 1 };
		expect((await couch(url, A, 'PUT', '/commune-99901/slot:99901:1:1', bad)).status).toBe(403);
		const wrong = { ...bad, generation: 2, first_date: '2026-03-13' };
		expect((await couch(url, A, 'PUT', '/commune-99901/slot:99901:1:1', wrong)).status).toBe(403);
	});

	it('revoking the new holder frees generation 2 from a later day still', async () => {
		const holder = (await listDevices({ couchUrl: url, commune: '99901', auth: ADMIN })).find(
			(d) => d.generation === 1
		);
		expect(holder).toBeDefined();
		const r = await revoke(holder!.device_id, '2026-03-20T18:00:00Z'); // 01:00 on 21 March in Vietnam
		expect(r).toMatchObject({ slot: 0, generation: 1, free_from: '2026-03-22' });
		const third = await enrol('third-phone');
		expect(third).toMatchObject({ slot: 0, generation: 2, firstDate: '2026-03-22' });
	});
});

describe('passwords', () => {
	const own = `/_users/org.couchdb.user:${A.name}`;

	it('lets an officer change their own password, and nothing else of their account', async () => {
		const me = await couch(url, A, 'GET', own);
		expect(me.status).toBe(200);
		const roles = await couch(url, A, 'PUT', own, { ...me.body, roles: ['upstream'] });
		expect(roles.status).toBe(403);
		const renamed = await couch(url, A, 'PUT', own, { ...me.body, name: 'officer-99902' });
		expect(renamed.status).toBe(403);
		const changed = await couch(url, A, 'PUT', own, { ...me.body, password: 'mat-khau-moi-1' });
		expect(changed.status).toBe(201);
		const oldLogin = await couch(url, A, 'GET', '/_session');
		expect(oldLogin.status).toBe(401);
		const fresh = { name: A.name, password: 'mat-khau-moi-1' };
		const newLogin = await couch(url, fresh, 'GET', '/_session');
		expect(newLogin.body.userCtx).toEqual({ name: A.name, roles: ['commune:99901'] });
		// The roles stayed as they were.
		expect((await couch(url, fresh, 'GET', own)).body.roles).toEqual(['commune:99901']);
	});

	it("refuses another user's document, account creation and deletion by non-admins", async () => {
		const other = await couch(url, ADMIN, 'GET', `/_users/org.couchdb.user:${B.name}`);
		const fresh = { name: A.name, password: 'mat-khau-moi-1' };
		const put = await couch(url, fresh, 'PUT', `/_users/org.couchdb.user:${B.name}`, {
			...other.body,
			password: 'stolen-pw-1'
		});
		expect(put.status).toBe(403);
		expect((await couch(url, B, 'GET', '/_session')).body.userCtx?.name).toBe(B.name);
		const signup = { name: 'spam', type: 'user', roles: [], password: 'spam-pw-1' };
		// 403 as on Apache CouchDB once provisioned (validate-users.js).
		expect((await couch(url, null, 'PUT', '/_users/org.couchdb.user:spam', signup)).status).toBe(
			403
		);
		const me = await couch(url, fresh, 'GET', `/_users/org.couchdb.user:${A.name}`);
		const del = await couch(
			url,
			fresh,
			'DELETE',
			`/_users/org.couchdb.user:${A.name}?rev=${String(me.body._rev)}`
		);
		expect(del.status).toBe(403);
	});

	it('lets the upstream tool reset a password as admin', async () => {
		const r = await resetPassword({
			couchUrl: url,
			user: A.name,
			password: DEMO_PASSWORD + '-x',
			auth: ADMIN
		});
		expect(r.roles).toEqual(['commune:99901']);
		const login = await couch(url, { ...A, password: DEMO_PASSWORD + '-x' }, 'GET', '/_session');
		expect(login.body.userCtx?.name).toBe(A.name);
		await expect(
			resetPassword({ couchUrl: url, user: A.name, password: 'short', auth: ADMIN })
		).rejects.toThrow(/8 characters/);
	});
});
