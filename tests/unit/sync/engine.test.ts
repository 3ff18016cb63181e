import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import memory from 'pouchdb-adapter-memory';
import { PouchDB, type LocalDb } from '$lib/db/store/pouch';
import { SyncEngine, type SyncSink } from '$lib/sync/engine';
import type { DownloadCheckpoint } from '$lib/sync/first-download';
import type { SyncProblem } from '$lib/sync/problems';
import { DEMO_PASSWORD, removeDir, startTestServer, tempDir } from '../server/harness';
import { buildDossier } from '../../builders/dossier';

PouchDB.plugin(memory);

let server: Awaited<ReturnType<typeof startTestServer>>;
let dataDir: string;
let n = 0;

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
});

afterAll(async () => {
	await server.close();
	removeDir(dataDir);
});

/** A recording sink: what the status screen would show. */
function recorder() {
	const phases: string[] = [];
	const problems: (SyncProblem | null)[] = [];
	const denied: string[] = [];
	let caughtUp = 0;
	let progress: [number, number] | null = null;
	const sink: SyncSink = {
		phase: (p) => phases.push(p),
		progress: (d, t) => (progress = [d, t]),
		caughtUp: () => (caughtUp += 1),
		pending: () => undefined,
		problem: (p) => problems.push(p),
		denied: (docs) => denied.push(...docs.map((d) => d.id)),
		transport: () => undefined
	};
	return { sink, phases, problems, denied, caughtUps: () => caughtUp, progress: () => progress };
}

function device(commune = '99901') {
	n += 1;
	const local = new PouchDB(`sync-${n}-commune`, { adapter: 'memory' }) as LocalDb;
	const catalog = new PouchDB(`sync-${n}-catalog`, { adapter: 'memory' }) as LocalDb;
	let stored: DownloadCheckpoint | null = null;
	const rec = recorder();
	const engine = new SyncEngine({
		local,
		catalog,
		remoteBase: server.couchUrl,
		communeDb: `commune-${commune}`,
		credentials: { username: `officer-${commune}`, password: DEMO_PASSWORD },
		download: { load: async () => stored, save: async (c) => void (stored = c) },
		sink: rec.sink
	});
	return { local, catalog, engine, rec, checkpoint: () => stored };
}

async function until(check: () => Promise<boolean> | boolean, ms = 15_000) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('timed out');
}

describe('sync engine against the embedded CouchDB over HTTP', () => {
	it('pushes a dossier up and pulls the catalog down', async () => {
		const a = device();
		const dossier = buildDossier({}, { deviceId: 'may-a', slot: 4 });
		await a.local.put(dossier);
		await a.engine.start();
		await until(async () => (await a.catalog.info()).doc_count > 20);
		const remote = a.engine.remote;
		await until(async () => {
			try {
				return (await remote.get(dossier._id))._id === dossier._id;
			} catch {
				return false;
			}
		});
		expect((await remote.get(dossier._id))._id).toBe(dossier._id);
		expect((await a.catalog.info()).doc_count).toBeGreaterThan(20);
		a.engine.stop();
	});

	it('a second device downloads the commune with progress and both converge', async () => {
		const a = device();
		const docs = Array.from({ length: 30 }, (_, i) =>
			buildDossier(
				{},
				{ deviceId: 'may-b', slot: 5, usedSeqsForDate: () => (i === 0 ? [] : [5000 + i]) }
			)
		);
		await a.local.bulkDocs(docs);
		await a.engine.start();
		await until(() => a.rec.caughtUps() > 0);
		const b = device();
		await b.engine.start();
		await until(() => b.rec.caughtUps() > 0);
		expect(b.checkpoint()?.done).toBeGreaterThanOrEqual(30);
		expect(b.rec.progress()?.[0]).toBe(b.rec.progress()?.[1]);
		for (const d of docs) expect((await b.local.get(d._id))._id).toBe(d._id);
		a.engine.stop();
		b.engine.stop();
	});

	it('a document the server refuses stays local and is reported as denied', async () => {
		const a = device();
		await a.local.put({ _id: 'bogus:1', type: 'nonsense' });
		await a.engine.start();
		await until(() => a.rec.denied.length > 0);
		expect(a.rec.denied).toContain('bogus:1');
		expect((await a.local.get('bogus:1'))._id).toBe('bogus:1');
		a.engine.stop();
	});

	it('wrong credentials are reported as unauthorized, not a crash', async () => {
		n += 1;
		const rec = recorder();
		const engine = new SyncEngine({
			local: new PouchDB(`sync-${n}-x`, { adapter: 'memory' }) as LocalDb,
			catalog: new PouchDB(`sync-${n}-y`, { adapter: 'memory' }) as LocalDb,
			remoteBase: server.couchUrl,
			communeDb: 'commune-99901',
			credentials: { username: 'officer-99901', password: 'wrong' },
			download: { load: async () => null, save: async () => undefined },
			sink: rec.sink
		});
		await engine.start();
		await until(() => rec.problems.some((p) => p?.kind === 'unauthorized'));
		expect(rec.problems.map((p) => p?.kind)).toContain('unauthorized');
		engine.stop();
	});
});
