import type { LocalDb } from '$lib/db/store';
import { PouchDB } from '$lib/db/store';
import { firstDownload, type DownloadStore } from './first-download';
import { CLOCK_SKEW_LIMIT_MS, problemOf, type SyncProblem } from './problems';
import { createTransport, type TransportStats } from './transport';

export interface Credentials {
	readonly username: string;
	readonly password: string;
}

/** What the engine reports; the status rune and the tests both implement it. */
export interface SyncSink {
	phase(phase: 'connecting' | 'downloading' | 'syncing' | 'idle' | 'retrying' | 'stopped'): void;
	progress(done: number, total: number): void;
	caughtUp(at: string, pending: number): void;
	pending(count: number): void;
	problem(problem: SyncProblem | null): void;
	denied(docs: readonly { id: string; reason: string }[]): void;
	transport(stats: TransportStats): void;
}

export interface EngineOptions {
	readonly local: LocalDb;
	readonly catalog: LocalDb;
	/** Upstream CouchDB base URL, e.g. `https://host/couchdb`. */
	readonly remoteBase: string;
	readonly communeDb: string;
	readonly credentials: Credentials;
	readonly download: DownloadStore;
	readonly sink: SyncSink;
	readonly now?: () => string;
	/** Replication batch size; `BATCH_SIZE` unless a test needs another. */
	readonly batchSize?: number;
}

/**
 * Documents per replication batch. Every batch costs four round trips (revs_diff, bulk_docs, and
 * the checkpoint's read and write), 2.4 s on a 2G link with 300 ms each way: PouchDB's default
 * of 100 needs six batches for a day's 100 dossiers with 5 events; 1,000 takes them in one
 * (the issue #6 drill: 6.9 s with batches of 500, see docs/DRILLS.md). Gzipped, a full batch is
 * about 30 KB on the wire, so a cut link loses little.
 */
export const BATCH_SIZE = 1000;

/**
 * PouchDB 9's replicator calls `src.info()` after each batch only to update its activeTasks
 * progress, with no rejection handler (pouchdb-replication lib/index.js, `src.info().then(...)`
 * in onBatchDone): when the link drops at that moment the rejection goes unhandled. For the
 * replication's own handle on a remote database, a failed `info()` answers an empty info
 * instead; every real failure still surfaces through the replication's next request.
 */
function forReplication(db: LocalDb): LocalDb {
	const info = db.info.bind(db);
	const safe = () =>
		info().catch(
			() => ({ db_name: db.name, doc_count: 0, update_seq: 0 }) as PouchDB.Core.DatabaseInfo
		);
	(db as { info: unknown }).info = safe;
	return db;
}

/** Back-off between retries: 1 s doubling to 5 min, so a dead link costs nothing. */
export function backOff(delay: number): number {
	return delay === 0 ? 1000 : Math.min(delay * 2, 5 * 60 * 1000);
}

/**
 * Live two-way sync of the commune database and one-way pull of the catalog, with retry and
 * back-off, after a fast first download when the device has none of the commune's documents.
 */
export class SyncEngine {
	readonly stats: TransportStats = {
		bytesSent: 0,
		bytesReceived: 0,
		requests: 0,
		clockOffsetMs: null
	};
	#sync: PouchDB.Replication.Sync<object> | null = null;
	#catalog: PouchDB.Replication.Replication<object> | null = null;
	#remote: LocalDb;
	/** The same database for replication only (see `forReplication`). */
	#replRemote: LocalDb;
	#remoteCatalog: LocalDb;
	#stopped = false;

	constructor(private readonly o: EngineOptions) {
		const fetch = createTransport(this.stats);
		const opts = {
			skip_setup: true,
			auth: o.credentials,
			fetch
		} as PouchDB.Configuration.RemoteDatabaseConfiguration;
		this.#remote = new PouchDB(`${o.remoteBase}/${o.communeDb}`, opts);
		this.#replRemote = forReplication(new PouchDB(`${o.remoteBase}/${o.communeDb}`, opts));
		this.#remoteCatalog = forReplication(new PouchDB(`${o.remoteBase}/catalog`, opts));
	}

	get remote(): LocalDb {
		return this.#remote;
	}

	async start(): Promise<void> {
		this.#stopped = false;
		const { sink } = this.o;
		sink.phase('connecting');
		try {
			const checkpoint = await this.o.download.load();
			const localInfo = await this.o.local.info();
			const needsDownload = checkpoint
				? checkpoint.done < checkpoint.total
				: localInfo.doc_count === 0;
			if (needsDownload) {
				sink.phase('downloading');
				const done = await firstDownload(this.#remote, this.o.local, this.o.download, (d, t) =>
					sink.progress(d, t)
				);
				// Sets the pull checkpoint at the server's sequence of the download's start.
				await this.o.local.replicate.from(this.#replRemote, {
					since: done.since,
					batch_size: this.o.batchSize ?? BATCH_SIZE
				});
			}
		} catch (error) {
			this.#report(problemOf(error));
			sink.phase('retrying');
			// The live sync below retries on its own; the download resumes at the next start.
		}
		if (this.#stopped) return;
		this.#startLive();
	}

	#report(problem: SyncProblem | null) {
		const { sink } = this.o;
		sink.transport(this.stats);
		const offset = this.stats.clockOffsetMs;
		if (problem === null && offset !== null && Math.abs(offset) > CLOCK_SKEW_LIMIT_MS) {
			sink.problem({ kind: 'clock_skew', minutes: Math.round(offset / 60000) });
			return;
		}
		sink.problem(problem);
	}

	#startLive() {
		const { sink, local, catalog } = this.o;
		const batch = this.o.batchSize ?? BATCH_SIZE;
		this.#catalog = catalog.replicate
			.from(this.#remoteCatalog, {
				live: true,
				retry: true,
				back_off_function: backOff,
				batch_size: batch
			})
			.on('error', (e) => this.#report(problemOf(e)));
		this.#sync = local
			.sync(this.#replRemote, {
				live: true,
				retry: true,
				back_off_function: backOff,
				batch_size: batch,
				batches_limit: 4
			})
			.on('active', () => sink.phase('syncing'))
			.on('change', () => {
				sink.transport(this.stats);
				void this.#countPending();
			})
			.on('paused', (err: unknown) => {
				if (err) {
					sink.phase('retrying');
					this.#report(problemOf(err));
					return;
				}
				sink.phase('idle');
				this.#report(null);
				void this.#caughtUp();
			})
			.on('denied', (event: unknown) => {
				// A sync emits `{ direction, doc }` where `doc` is the server's error for one document.
				const e = ((event as { doc?: unknown }).doc ?? event) as {
					id?: string;
					reason?: string;
					message?: string;
				};
				sink.denied([{ id: e.id ?? '?', reason: e.reason ?? e.message ?? 'forbidden' }]);
			})
			.on('error', (err: unknown) => {
				sink.phase('stopped');
				this.#report(problemOf(err));
			});
	}

	#pushedSeq: number | string = 0;

	async #caughtUp() {
		const info = await this.o.local.info();
		this.#pushedSeq = info.update_seq;
		this.o.sink.caughtUp(this.o.now?.() ?? new Date().toISOString(), 0);
	}

	async #countPending() {
		const changes = await this.o.local.changes({ since: this.#pushedSeq, limit: 10000 });
		this.o.sink.pending(changes.results.filter((r) => !r.id.startsWith('_local/')).length);
	}

	/** "Đồng bộ ngay": drop the back-off wait and reconnect now. */
	async syncNow(): Promise<void> {
		this.#cancelLive();
		await this.start();
	}

	#cancelLive() {
		this.#sync?.cancel();
		this.#catalog?.cancel();
		this.#sync = null;
		this.#catalog = null;
	}

	stop(): void {
		this.#stopped = true;
		this.#cancelLive();
		this.o.sink.phase('stopped');
	}
}
