import memory from 'pouchdb-adapter-memory';
import { PouchDB, type LocalDb } from '$lib/db/store/pouch';
import { assign, addNote, requestSupplement } from '$lib/domain/commands';
import { eventRange } from '$lib/db/store/load-dossier';
import { DossierDoc } from '$lib/domain/schemas/dossier';
import { EventDoc } from '$lib/domain/schemas/events';
import { SyncEngine, type SyncSink } from '$lib/sync/engine';
import type { DownloadCheckpoint } from '$lib/sync/first-download';
import { createFaultProxy } from '../../scripts/drill/fault-proxy.js';
import { buildDossier } from '../builders/dossier';
import { Story } from '../builders/events';
import { DEMO_PASSWORD, removeDir, startTestServer, tempDir } from '../unit/server/harness';

PouchDB.plugin(memory);

/**
 * The drill world: the real server on loopback, the fault proxy in front of it, and devices
 * (PouchDB memory databases driven by MotCua's own SyncEngine) that reach upstream only through
 * the proxy.
 */
export async function createWorld() {
	const dataDir = tempDir('motcua-drill-');
	let server = await startTestServer(dataDir);
	const port = () => Number(new URL(server.url).port);
	const proxy = await createFaultProxy({ target: { host: '127.0.0.1', port: port() } });
	const devices: Device[] = [];
	return {
		proxy,
		devices,
		get couchUrl() {
			return server.couchUrl;
		},
		device(name: string, commune = '99901') {
			const d = createDevice(name, `${proxy.url}/couchdb`, commune);
			devices.push(d);
			return d;
		},
		/** Kills the server and starts it again on the same data (a new port behind the proxy). */
		async restartServer() {
			await server.close();
			server = await startTestServer(dataDir);
			proxy.retarget({ host: '127.0.0.1', port: port() });
		},
		async close() {
			for (const d of devices) d.engine.stop();
			await proxy.close();
			await server.close();
			removeDir(dataDir);
		}
	};
}

let seq = 0;

export interface Device {
	readonly name: string;
	readonly local: LocalDb;
	readonly engine: SyncEngine;
	readonly caughtUp: () => number;
	/** Writes `count` dossiers with 3 events each (or `events`, at least 3), as this device. */
	intake(count: number, slot: number, events?: number): Promise<string[]>;
	/** Adds a note event to an existing dossier (two devices may do it at once). */
	note(dossierId: string, text: string): Promise<void>;
}

function createDevice(name: string, remoteBase: string, commune: string): Device {
	seq += 1;
	const local = new PouchDB(`drill-${seq}-${name}`, { adapter: 'memory' }) as LocalDb;
	const catalog = new PouchDB(`drill-${seq}-${name}-catalog`, { adapter: 'memory' }) as LocalDb;
	let checkpoint: DownloadCheckpoint | null = null;
	let caughtUp = 0;
	const sink: SyncSink = {
		phase: () => undefined,
		progress: () => undefined,
		caughtUp: () => void (caughtUp += 1),
		pending: () => undefined,
		problem: () => undefined,
		denied: (docs) => {
			throw new Error(`server denied ${docs.map((d) => d.id).join(', ')}`);
		},
		transport: () => undefined
	};
	const engine = new SyncEngine({
		local,
		catalog,
		remoteBase,
		communeDb: `commune-${commune}`,
		credentials: { username: `officer-${commune}`, password: DEMO_PASSWORD },
		download: { load: async () => checkpoint, save: async (c) => void (checkpoint = c) },
		sink
	});
	let drawn = 0;
	let noteSeq = 0;
	const deviceId = `drill-${name}`;
	return {
		name,
		local,
		engine,
		caughtUp: () => caughtUp,
		async intake(count, slot, events = 3) {
			const docs = [];
			for (let i = 0; i < count; i++) {
				const used = drawn === 0 ? [] : [slot * 1000 + drawn];
				drawn += 1;
				const dossier = buildDossier({}, { deviceId, slot, usedSeqsForDate: () => used });
				const story = new Story(dossier);
				story.do(
					assign,
					{ handler: { id: 'cb-02', name: 'Quàng Văn Nam' } },
					'2025-07-07T03:00:00.000Z',
					deviceId
				);
				story.do(
					requestSupplement,
					{
						items: [{ name: 'Bản sao giấy khai sinh' }],
						reason: 'Thiếu giấy tờ',
						notice_no: `${i}/HDHS`
					},
					'2025-07-07T04:00:00.000Z',
					deviceId
				);
				for (let n = 2; n < events; n++)
					story.do(addNote, { text: `Ghi chú ${i}.${n}` }, '2025-07-07T05:00:00.000Z', deviceId);
				docs.push(dossier, ...story.events);
			}
			await local.bulkDocs(docs);
			return docs.filter((d) => d.type === 'dossier').map((d) => d._id);
		},
		async note(dossierId, text) {
			const dossier = DossierDoc.parse(await local.get(dossierId));
			const rows = await local.allDocs({ ...eventRange(dossier.code), include_docs: true });
			const story = new Story(dossier);
			story.events = rows.rows.map((r) => EventDoc.parse(r.doc));
			noteSeq += 1;
			story.device(deviceId).seq = 100_000 + noteSeq;
			const event = story.do(addNote, { text }, '2025-07-07T06:00:00.000Z', deviceId);
			await local.put(event);
		}
	};
}
