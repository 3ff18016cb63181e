import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import memory from 'pouchdb-adapter-memory';
import { PouchDB, type LocalDb } from '$lib/db/store/pouch';
import * as cmd from '$lib/domain/commands';
import { LiaisonLane } from '$lib/sync/liaison';
import { DEMO_PASSWORD, couch, removeDir, startTestServer, tempDir } from '../server/harness';
import { buildDossier } from '../../builders/dossier';
import { Story } from '../../builders/events';

PouchDB.plugin(memory);

// The upstream unit's lane (issue 17) against the real embedded server: what it copies, what it
// pushes, and a refused event reported once and not sent again.
let server: Awaited<ReturnType<typeof startTestServer>>;
let dataDir: string;
const OFFICER = { name: 'officer-99901', password: DEMO_PASSWORD };

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
});

afterAll(async () => {
	await server.close();
	removeDir(dataDir);
});

let n = 0;
let slot = 0;
function lane(unit: string, user: string) {
	n += 1;
	const local = new PouchDB(`lane-${n}`, { adapter: 'memory' }) as LocalDb;
	const denied: string[] = [];
	const l = new LiaisonLane({
		local,
		remoteBase: server.couchUrl,
		unit,
		communes: async () => ['99901', '99902'],
		credentials: { username: user, password: DEMO_PASSWORD },
		sink: {
			phase: () => undefined,
			caughtUp: () => undefined,
			problem: () => undefined,
			transport: () => undefined,
			denied: (docs) => void denied.push(...docs.map((d) => d.id))
		}
	});
	return { local, lane: l, denied };
}

/** A dossier the commune received, and one it transferred to `unit`, written upstream. */
async function communeWrites(unit: string): Promise<{ sent: Story; kept: Story }> {
	// Each intake on its own code slot, so no two dossiers of this file share a code.
	const sent = new Story(buildDossier({}, { deviceId: `xa-${n}`, slot: (slot += 1) }));
	sent.do(cmd.transfer, { to_agency: 'Sở', to_unit: unit }, '2025-07-07T03:00:00.000Z');
	const kept = new Story(buildDossier({}, { deviceId: `xa-${n}`, slot: (slot += 1) }));
	for (const doc of [sent.dossier, ...sent.events, kept.dossier]) {
		const res = await couch(
			server.couchUrl,
			OFFICER,
			'PUT',
			`/commune-99901/${encodeURIComponent(doc._id)}`,
			doc
		);
		expect(res.status).toBe(201);
	}
	return { sent, kept };
}

describe('the liaison lane', () => {
	it('copies only the dossiers transferred to its unit, and pushes its own steps', async () => {
		const { local, lane: l } = lane('snnmt-11', 'upstream');
		const { sent, kept } = await communeWrites('snnmt-11');
		const first = await l.syncNow();
		await l.stop();
		expect(first?.failed).toEqual([]);
		expect((await local.get(`dossier:${sent.dossier.code}`))._id).toBeTruthy();
		await expect(local.get(`dossier:${kept.dossier.code}`)).rejects.toMatchObject({ status: 404 });

		sent.do(cmd.upstreamAccept, { unit: 'snnmt-11' }, '2025-07-07T04:00:00.000Z', 'so-1');
		const step = sent.events.at(-1)!;
		await local.put(step);
		const second = await l.syncNow();
		await l.stop();
		expect(second?.pushed).toBe(1);
		const upstream = await couch(
			server.couchUrl,
			OFFICER,
			'GET',
			`/commune-99901/${encodeURIComponent(step._id)}`
		);
		expect(upstream.body).toMatchObject({ kind: 'upstream_accepted', unit: 'snnmt-11' });
		// Idempotent: nothing more to move.
		const third = await l.syncNow();
		await l.stop();
		expect([third?.pushed, third?.pulled]).toEqual([0, 0]);
	});

	it('reports a step the server refuses once, keeps it, and does not send it again', async () => {
		// A device set to unit snnmt-11 but signed in as Sở Tư pháp's user: its steps are refused.
		const { local, lane: l, denied } = lane('snnmt-11', 'agency-stp-11');
		const { sent } = await communeWrites('snnmt-11');
		await l.syncNow();
		sent.do(cmd.upstreamAccept, { unit: 'snnmt-11' }, '2025-07-07T04:00:00.000Z', 'so-2');
		await local.put(sent.events.at(-1)!);
		const round = await l.syncNow();
		expect(round?.denied).toBe(1);
		expect(denied).toEqual([sent.events.at(-1)!._id]);
		const again = await l.syncNow();
		await l.stop();
		expect(again?.denied).toBe(0);
		expect(denied).toHaveLength(1);
		expect((await local.get(sent.events.at(-1)!._id))._id).toBeTruthy();
	});
});
