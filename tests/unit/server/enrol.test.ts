import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrolmentError, enrolDevice } from '../../../server/enrol/claim-slot.js';
import { ADMIN, DEMO_PASSWORD, couch, removeDir, startTestServer, tempDir } from './harness';

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

const enrol = (deviceId: string, auth = A, commune = '99901') =>
	enrolDevice({
		couchUrl: url,
		commune,
		deviceId,
		auth,
		now: () => new Date('2026-03-10T02:00:00Z')
	});

describe('device enrolment: one slot per enrolment, never reused', () => {
	it('gives 10 devices enrolling at once 10 different slots, and the 11th a clear error', async () => {
		const ids = Array.from({ length: 10 }, (_, i) => `tablet-${i}`);
		const results = await Promise.all(ids.map((id) => enrol(id)));
		expect(new Set(results.map((r) => r.slot))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));

		const eleventh = enrol('tablet-10');
		await expect(eleventh).rejects.toBeInstanceOf(EnrolmentError);
		await expect(eleventh).rejects.toMatchObject({ code: 'no_free_slot' });

		// Each slot document names the device holding it, and each device record its slot.
		for (const r of results) {
			const slot = await couch(url, A, 'GET', `/commune-99901/slot:99901:${r.slot}`);
			expect(slot.body).toMatchObject({ type: 'slot', device_id: r.deviceId, claimed_by: A.name });
			const record = await couch(url, A, 'GET', `/commune-99901/device:99901:${r.deviceId}`);
			expect(record.body).toMatchObject({ type: 'device', slot: r.slot });
		}
	});

	it('gives the same slot back when the same enrolment is retried (lost answer, crash)', async () => {
		const before = await couch(url, ADMIN, 'GET', '/commune-99901');
		const again = await enrol('tablet-3');
		const first = await couch(url, A, 'GET', '/commune-99901/device:99901:tablet-3');
		expect(again.slot).toBe(first.body.slot);
		const after = await couch(url, ADMIN, 'GET', '/commune-99901');
		expect(after.body.doc_count).toBe(before.body.doc_count);
	});

	it('never frees a slot: claims cannot be changed or deleted, not even by the admin', async () => {
		const slot = await couch(url, A, 'GET', '/commune-99901/slot:99901:0');
		const steal = await couch(url, A, 'PUT', '/commune-99901/slot:99901:0', {
			...slot.body,
			device_id: 'thief-1'
		});
		expect(steal.status).toBe(403);
		const rev = String(slot.body._rev);
		expect(
			(await couch(url, ADMIN, 'DELETE', `/commune-99901/slot:99901:0?rev=${rev}`)).status
		).toBe(403);
		const record = await couch(url, A, 'GET', '/commune-99901/device:99901:tablet-0');
		const moved = await couch(url, A, 'PUT', '/commune-99901/device:99901:tablet-0', {
			...record.body,
			slot: 9
		});
		expect(moved.status).toBe(403);
	});

	it("keeps communes apart: B enrols in its own database and cannot claim A's slots", async () => {
		expect((await enrol('phone-1', B, '99902')).slot).toBe(0);
		await expect(enrol('phone-2', B, '99901')).rejects.toMatchObject({ code: 'unauthorized' });
		const forged = { type: 'slot', commune: '99901', slot: 0, device_id: 'phone-3' };
		expect((await couch(url, B, 'PUT', '/commune-99902/slot:99901:0', forged)).status).toBe(403);
	});
});
