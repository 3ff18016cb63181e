import { PouchDB, type LocalDb } from '$lib/db/store/pouch';
import { eventRange } from '$lib/db/store/load-dossier';
import * as cmd from '$lib/domain/commands';
import { foldDossier } from '$lib/domain/fold';
import { DossierDoc } from '$lib/domain/schemas/dossier';
import { EventDoc } from '$lib/domain/schemas/events';
import { LiaisonLane } from '$lib/sync/liaison';
import { Story } from '../builders/events';
import { DEMO_PASSWORD } from '../unit/server/harness';

/**
 * The two levels of the one-stop across levels (issue 17) in a drill: a commune device's steps on
 * its dossiers, and an upstream unit's device (its `liaison-<unit>` database and MotCua's own
 * liaison lane) reaching upstream through the same fault proxy.
 */

export const DRILL_UNIT = 'snnmt-11';
const UNIT_NAME = 'Sở Nông nghiệp và Môi trường tỉnh Điện Biên';
let n = 0;

/** The dossiers of `local` with their events, as stories a device can go on with. */
async function stories(local: LocalDb, deviceId: string, seqFrom: number): Promise<Story[]> {
	const intakes = await local.allDocs({
		include_docs: true,
		startkey: 'dossier:',
		endkey: 'dossier:\ufff0'
	});
	const out: Story[] = [];
	for (const row of intakes.rows) {
		const dossier = DossierDoc.parse(row.doc);
		const events = await local.allDocs({ ...eventRange(dossier.code), include_docs: true });
		const story = new Story(dossier);
		story.events = events.rows.map((r) => EventDoc.parse(r.doc));
		story.device(deviceId).seq = seqFrom;
		out.push(story);
	}
	return out;
}

/** Writes what `step` adds to each story of `local`, as `deviceId`; the count written. */
async function each(
	local: LocalDb,
	deviceId: string,
	seqFrom: number,
	step: (story: Story, i: number) => void
): Promise<number> {
	const all = await stories(local, deviceId, seqFrom);
	const docs: EventDoc[] = [];
	all.forEach((story, i) => {
		const before = story.events.length;
		step(story, i);
		docs.push(...story.events.slice(before));
	});
	await local.bulkDocs(docs);
	return docs.length;
}

/** The commune side: supplement in, then every dossier transferred to the drill's unit. */
export function transferAll(local: LocalDb, deviceId: string): Promise<number> {
	return each(local, deviceId, 200_000, (story) => {
		story.do(cmd.receiveSupplement, {}, '2025-07-07T07:00:00.000Z', deviceId);
		story.do(
			cmd.transfer,
			{ to_agency: UNIT_NAME, to_unit: DRILL_UNIT },
			'2025-07-07T08:00:00.000Z',
			deviceId
		);
	});
}

/** The commune offline: a note on every dossier, and the citizen withdraws every fifth. */
export function communeOffline(local: LocalDb, deviceId: string): Promise<number> {
	return each(local, deviceId, 300_000, (story, i) => {
		story.do(
			cmd.addNote,
			{ text: 'Xã: công dân gọi hỏi tiến độ' },
			'2025-07-08T02:00:00.000Z',
			deviceId
		);
		if (i % 5 === 0) {
			story.do(
				cmd.withdraw,
				{ reason: 'Công dân xin rút hồ sơ' },
				'2025-07-08T02:30:00.000Z',
				deviceId
			);
		}
	});
}

/** The upstream unit's device: its local database and its lane through `remoteBase`. */
export function upstreamDevice(remoteBase: string) {
	n += 1;
	const local = new PouchDB(`drill-up-${n}`, { adapter: 'memory' }) as LocalDb;
	const denied: string[] = [];
	const lane = new LiaisonLane({
		local,
		remoteBase,
		unit: DRILL_UNIT,
		communes: async () => ['99901'],
		credentials: { username: 'upstream', password: DEMO_PASSWORD },
		sink: {
			phase: () => undefined,
			caughtUp: () => undefined,
			problem: () => undefined,
			transport: () => undefined,
			denied: (docs) => void denied.push(...docs.map((d) => `${d.id}: ${d.reason}`))
		},
		intervalMs: 200
	});
	const deviceId = 'drill-upstream';
	return {
		local,
		lane,
		denied,
		/** Accepts and resolves every dossier it holds, offline (the lane is stopped). */
		acceptAndResolve: () =>
			each(local, deviceId, 400_000, (story) => {
				story.do(cmd.upstreamAccept, { unit: DRILL_UNIT }, '2025-07-08T01:00:00.000Z', deviceId);
				story.do(
					cmd.upstreamResolve,
					{ unit: DRILL_UNIT, outcome: 'approved', result_doc_no: '7/SNNMT' },
					'2025-07-08T03:00:00.000Z',
					deviceId
				);
			}),
		/** The dossiers' folds as JSON, by code, for comparing with the commune's. */
		folds: () => foldsOf(local)
	};
}

/** Every dossier of `local` folded, as JSON by code. */
export async function foldsOf(local: LocalDb): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	for (const story of await stories(local, 'reader', 0)) {
		out.set(story.dossier.code, JSON.stringify(foldDossier(story.dossier, story.events)));
	}
	return out;
}
