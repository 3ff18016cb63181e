import { PouchDB, type LocalDb } from '../../src/lib/db/store/pouch';
import { SyncEngine, type SyncSink } from '../../src/lib/sync/engine';
import type { DownloadCheckpoint } from '../../src/lib/sync/first-download';
import { bookSearch } from './book-search';

/**
 * Runs in the benchmark's harness page (same origin as /couchdb, no service worker): MotCua's
 * sync engine against plain PouchDB on fresh IndexedDB databases, so both are measured in the
 * same browser, against the same server, in the same run. Exposed as `window.motcuaBench`.
 */

export interface Remote {
	readonly base: string;
	readonly db: string;
	readonly username: string;
	readonly password: string;
}

export interface Timing {
	readonly ms: number;
	readonly docs: number;
	readonly bytesSent: number;
	readonly bytesReceived: number;
	readonly requests: number;
}

const POLL_MS = 200;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let dbCounter = 0;
const freshDb = (tag: string): LocalDb =>
	new PouchDB(`bench-${tag}-${Date.now()}-${(dbCounter += 1)}`, {
		adapter: 'idb',
		auto_compaction: false
	});

/** A fetch that counts bytes like the sync transport, without compressing anything. */
function countingFetch(stats: { sent: number; received: number; requests: number }): typeof fetch {
	return async (input, init) => {
		if (typeof init?.body === 'string') stats.sent += init.body.length;
		const response = await fetch(input, init);
		stats.requests += 1;
		stats.received += Number(response.headers.get('Content-Length') ?? 0) || 0;
		return response;
	};
}

function sinkWith(onCaughtUp: () => void, onDenied: (ids: string[]) => void): SyncSink {
	return {
		phase: () => undefined,
		progress: () => undefined,
		caughtUp: onCaughtUp,
		pending: () => undefined,
		problem: () => undefined,
		denied: (docs) => onDenied(docs.map((d) => d.id)),
		transport: () => undefined
	};
}

function engineFor(local: LocalDb, catalog: LocalDb, r: Remote, sink: SyncSink) {
	let checkpoint: DownloadCheckpoint | null = null;
	return new SyncEngine({
		local,
		catalog,
		remoteBase: r.base,
		communeDb: r.db,
		credentials: { username: r.username, password: r.password },
		download: { load: async () => checkpoint, save: async (c) => void (checkpoint = c) },
		sink
	});
}

async function remoteCount(r: Remote): Promise<number> {
	const res = await fetch(`${r.base}/${r.db}`, {
		headers: { Authorization: `Basic ${btoa(`${r.username}:${r.password}`)}` }
	});
	const info = (await res.json()) as { doc_count: number };
	return info.doc_count;
}

async function drop(...dbs: LocalDb[]) {
	for (const db of dbs) await db.destroy().catch(() => undefined);
}

/** MotCua's engine uploads `docs` from a fresh device to the (empty) remote database. */
async function engineUpload(docs: object[], r: Remote): Promise<Timing> {
	const local = freshDb('up-engine');
	const catalog = freshDb('up-engine-catalog');
	await local.bulkDocs(docs as PouchDB.Core.PutDocument<object>[]);
	const before = await remoteCount(r);
	let wake: () => void = () => undefined;
	const denied: string[] = [];
	const engine = engineFor(
		local,
		catalog,
		r,
		sinkWith(
			() => wake(),
			(ids) => denied.push(...ids)
		)
	);
	const t0 = performance.now();
	void engine.start();
	// Done when the server holds every document (polled like the plain run below) or the engine
	// reports it caught up, whichever is seen first.
	for (;;) {
		await Promise.race([new Promise<void>((resolve) => (wake = resolve)), sleep(POLL_MS)]);
		if (denied.length > 0 || (await remoteCount(r)) - before >= docs.length) break;
	}
	const ms = performance.now() - t0;
	engine.stop();
	await drop(local, catalog);
	if (denied.length > 0) throw new Error(`server denied ${denied.slice(0, 3).join(', ')}`);
	const s = engine.stats;
	return {
		ms,
		docs: docs.length,
		bytesSent: s.bytesSent,
		bytesReceived: s.bytesReceived,
		requests: s.requests
	};
}

/** Plain `PouchDB.replicate` of `docs` from a fresh device to the (empty) remote database. */
async function plainUpload(docs: object[], r: Remote): Promise<Timing> {
	const local = freshDb('up-plain');
	await local.bulkDocs(docs as PouchDB.Core.PutDocument<object>[]);
	const stats = { sent: 0, received: 0, requests: 0 };
	const remote = new PouchDB(`${r.base}/${r.db}`, {
		skip_setup: true,
		auth: { username: r.username, password: r.password },
		fetch: countingFetch(stats)
	} as PouchDB.Configuration.RemoteDatabaseConfiguration);
	const t0 = performance.now();
	// The same polling load as the engine's run, so both pay for it.
	const poll = setInterval(() => void remoteCount(r), POLL_MS);
	let result: PouchDB.Replication.ReplicationResultComplete<object>;
	try {
		result = await PouchDB.replicate(local, remote);
	} finally {
		clearInterval(poll);
	}
	const ms = performance.now() - t0;
	await drop(local);
	if (result.docs_written !== docs.length) {
		throw new Error(`plain replication wrote ${result.docs_written} of ${docs.length}`);
	}
	return {
		ms,
		docs: docs.length,
		bytesSent: stats.sent,
		bytesReceived: stats.received,
		requests: stats.requests
	};
}

/** MotCua's first download (the engine's start: _all_docs pages, then catch-up) to a fresh device. */
async function engineDownload(r: Remote): Promise<Timing> {
	const local = freshDb('down-engine');
	const catalog = freshDb('down-engine-catalog');
	const engine = engineFor(
		local,
		catalog,
		r,
		sinkWith(
			() => undefined,
			() => undefined
		)
	);
	const t0 = performance.now();
	await engine.start();
	const ms = performance.now() - t0;
	engine.stop();
	const docs = (await local.info()).doc_count;
	await drop(local, catalog);
	const s = engine.stats;
	return { ms, docs, bytesSent: s.bytesSent, bytesReceived: s.bytesReceived, requests: s.requests };
}

/** The floor: one `_all_docs?include_docs=true`, then one bulkDocs (new_edits: false). */
async function floorDownload(r: Remote): Promise<Timing> {
	const local = freshDb('down-floor');
	const t0 = performance.now();
	const res = await fetch(`${r.base}/${r.db}/_all_docs?include_docs=true`, {
		headers: { Authorization: `Basic ${btoa(`${r.username}:${r.password}`)}` }
	});
	const body = (await res.json()) as { rows: { id: string; doc: object }[] };
	const docs = body.rows.filter((row) => !row.id.startsWith('_design/')).map((row) => row.doc);
	await local.bulkDocs(docs as PouchDB.Core.PutDocument<object>[], { new_edits: false });
	const ms = performance.now() - t0;
	const count = (await local.info()).doc_count;
	await drop(local);
	return { ms, docs: count, bytesSent: 0, bytesReceived: 0, requests: 1 };
}

const api = {
	engineUpload,
	plainUpload,
	engineDownload,
	floorDownload,
	...bookSearch,
	ready: true
};
(window as unknown as { motcuaBench: typeof api }).motcuaBench = api;
