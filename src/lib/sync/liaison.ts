import type { LocalDb } from '$lib/db/store';
import { PouchDB } from '$lib/db/store';
import { UPSTREAM_KINDS } from '$lib/domain/schemas/events';
import { backOff, type Credentials, type SyncSink } from './engine';
import { problemOf } from './problems';
import { createTransport, type TransportStats } from './transport';

/**
 * The upstream unit's lane (một cửa liên thông, issue 17). The unit's device keeps one local
 * PouchDB, `liaison-<unit>`, holding the dossiers transferred to it from every commune (their
 * intake, every event and nothing else), so the book, filters, dossier page and fold work on it
 * unchanged and the unit keeps working through a cut. Each round, for each commune database
 * upstream, it:
 *
 * 1. pushes the unit's own events (the `upstream_*` kinds in its name) that the commune
 *    database lacks (`_revs_diff`, then `_bulk_docs` with `new_edits: false`: the same
 *    revisions, so a retry after a cut is a no-op); a refusal (403) is reported, not retried;
 * 2. finds the transfers to the unit (`_find` on `type`, `kind`, `to_unit`: plain CouchDB 3
 *    Mango, no design document), then copies each transferred dossier's intake and events it
 *    does not hold yet (`_all_docs` by key and by id range, `new_edits: false`). Every MotCua
 *    record is written once, so "held" is "has the id".
 *
 * Commune databases are never replicated whole: a unit sees the dossiers sent to it only.
 * Rounds run every `intervalMs` while online, and back off (1 s doubling to 5 min) after a
 * failure; `syncNow` runs one at once.
 */

export interface LiaisonOptions {
	readonly local: LocalDb;
	readonly remoteBase: string;
	readonly unit: string;
	/** The commune codes whose databases to read (the catalog's communes). */
	readonly communes: () => Promise<readonly string[]>;
	readonly credentials: Credentials;
	readonly sink: Pick<SyncSink, 'phase' | 'caughtUp' | 'problem' | 'denied' | 'transport'>;
	readonly fetch?: typeof fetch;
	readonly intervalMs?: number;
	readonly now?: () => string;
}

export interface RoundReport {
	readonly pulled: number;
	readonly pushed: number;
	readonly denied: number;
	readonly dossiers: number;
	/** Communes whose database could not be read this round. */
	readonly failed: readonly string[];
}

interface Row {
	id: string;
	value?: { rev: string };
	doc?: Record<string, unknown> & { _id: string; _rev: string };
	error?: string;
}

const UPSTREAM = new Set<string>(UPSTREAM_KINDS);
/** How many transfers one `_find` page returns. */
const FIND_PAGE = 500;

function basic(c: Credentials): string {
	const bytes = new TextEncoder().encode(`${c.username}:${c.password}`);
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return `Basic ${btoa(bin)}`;
}

export class LiaisonLane {
	readonly stats: TransportStats = {
		bytesSent: 0,
		bytesReceived: 0,
		requests: 0,
		clockOffsetMs: null
	};
	readonly #fetch: typeof fetch;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#running: Promise<RoundReport | null> | null = null;
	#stopped = true;
	#delay = 0;
	/** Events the server refused: reported once, kept on the device, not sent again. */
	readonly #denied = new Set<string>();

	constructor(private readonly o: LiaisonOptions) {
		this.#fetch = createTransport(this.stats, o.fetch ?? fetch);
	}

	#feed: { cancel(): void } | null = null;
	#kick: ReturnType<typeof setTimeout> | null = null;

	start(): void {
		this.#stopped = false;
		// A step the unit records goes up at once when the link is there (the unit is online most
		// of the time); the round also brings whatever the communes wrote meanwhile.
		this.#feed = this.o.local.changes({ since: 'now', live: true }).on('change', (c) => {
			if (!c.id.startsWith('event:') || this.#running) return;
			if (this.#kick) clearTimeout(this.#kick);
			this.#kick = setTimeout(() => void this.syncNow(), 300);
		});
		void this.syncNow();
	}

	stop(): Promise<unknown> {
		this.#stopped = true;
		this.#feed?.cancel();
		this.#feed = null;
		if (this.#kick) clearTimeout(this.#kick);
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		return this.#running ?? Promise.resolve();
	}

	/** Runs a round now (or waits for the running one), then schedules the next. */
	async syncNow(): Promise<RoundReport | null> {
		if (this.#running) return this.#running;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#running = this.#round().finally(() => {
			this.#running = null;
			this.#schedule();
		});
		return this.#running;
	}

	#schedule() {
		if (this.#stopped) return;
		const wait = this.#delay === 0 ? (this.o.intervalMs ?? 15_000) : this.#delay;
		this.#timer = setTimeout(() => void this.syncNow(), wait);
	}

	async #round(): Promise<RoundReport | null> {
		const { sink } = this.o;
		sink.phase('syncing');
		const totals = { pulled: 0, pushed: 0, denied: 0, dossiers: 0, failed: [] as string[] };
		let problem: unknown = null;
		for (const commune of await this.o.communes()) {
			try {
				const r = await this.communeRound(commune);
				totals.pulled += r.pulled;
				totals.pushed += r.pushed;
				totals.denied += r.denied;
				totals.dossiers += r.dossiers;
			} catch (error) {
				totals.failed.push(commune);
				problem ??= error;
			}
		}
		sink.transport(this.stats);
		if (problem !== null) {
			this.#delay = backOff(this.#delay);
			sink.phase('retrying');
			sink.problem(problemOf(problem));
		} else {
			this.#delay = 0;
			sink.phase('idle');
			sink.problem(null);
			sink.caughtUp(this.o.now?.() ?? new Date().toISOString(), 0);
		}
		return totals;
	}

	/** One commune's database: push the unit's events, pull its transferred dossiers. */
	async communeRound(
		commune: string
	): Promise<{ pulled: number; pushed: number; denied: number; dossiers: number }> {
		const db = `${this.o.remoteBase}/commune-${commune}`;
		const codes = await this.#transferredCodes(db);
		const { pushed, denied } = await this.#push(db, codes);
		const pulled = await this.#pull(db, codes);
		return { pulled, pushed, denied, dossiers: codes.length };
	}

	async #request(url: string, body?: unknown): Promise<unknown> {
		const res = await this.#fetch(url, {
			method: body === undefined ? 'GET' : 'POST',
			headers: {
				accept: 'application/json',
				'content-type': 'application/json',
				authorization: basic(this.o.credentials)
			},
			...(body === undefined ? {} : { body: JSON.stringify(body) })
		});
		if (!res.ok) {
			const detail = (await res.json().catch(() => ({}))) as { error?: string; reason?: string };
			throw Object.assign(new Error(detail.reason ?? `HTTP ${res.status}`), {
				status: res.status,
				name: detail.error ?? 'http_error'
			});
		}
		return res.json();
	}

	/** Codes of the dossiers this commune transferred to the unit, oldest transfer first. */
	async #transferredCodes(db: string): Promise<string[]> {
		const codes = new Set<string>();
		let bookmark: string | undefined;
		for (;;) {
			const page = (await this.#request(`${db}/_find`, {
				selector: { type: 'event', kind: 'transferred', to_unit: this.o.unit },
				fields: ['dossier_code'],
				limit: FIND_PAGE,
				...(bookmark ? { bookmark } : {})
			})) as { docs: { dossier_code?: unknown }[]; bookmark?: string };
			for (const d of page.docs) if (typeof d.dossier_code === 'string') codes.add(d.dossier_code);
			if (page.docs.length < FIND_PAGE || !page.bookmark || page.bookmark === bookmark) break;
			bookmark = page.bookmark;
		}
		return [...codes];
	}

	/** The ids and revisions the local database holds among `ids`. */
	async #held(ids: readonly string[]): Promise<Map<string, string>> {
		if (ids.length === 0) return new Map();
		const res = await this.o.local.allDocs({ keys: [...ids] });
		const held = new Map<string, string>();
		for (const row of res.rows as Row[])
			if (row.value && !row.error) held.set(row.id, row.value.rev);
		return held;
	}

	async #pull(db: string, codes: readonly string[]): Promise<number> {
		if (codes.length === 0) return 0;
		const wanted: Row['doc'][] = [];
		const intakes = (await this.#request(`${db}/_all_docs?include_docs=true`, {
			keys: codes.map((c) => `dossier:${c}`)
		})) as { rows: Row[] };
		const rows: Row[] = intakes.rows.filter((r) => r.doc);
		for (const code of codes) {
			const q = new URLSearchParams({
				include_docs: 'true',
				startkey: JSON.stringify(`event:${code}:`),
				endkey: JSON.stringify(`event:${code}:\ufff0`)
			});
			const events = (await this.#request(`${db}/_all_docs?${q}`)) as { rows: Row[] };
			rows.push(...events.rows);
		}
		const held = await this.#held(rows.map((r) => r.id));
		for (const r of rows) if (r.doc && !held.has(r.id)) wanted.push(r.doc);
		if (wanted.length === 0) return 0;
		// The server's own revisions, so the unit's copy and the commune's never diverge.
		await this.o.local.bulkDocs(wanted as PouchDB.Core.PutDocument<object>[], { new_edits: false });
		return wanted.length;
	}

	async #push(db: string, codes: readonly string[]): Promise<{ pushed: number; denied: number }> {
		const mine: Record<string, unknown>[] = [];
		for (const code of codes) {
			const res = await this.o.local.allDocs({
				include_docs: true,
				startkey: `event:${code}:`,
				endkey: `event:${code}:\ufff0`
			});
			for (const row of res.rows) {
				const doc = row.doc as
					(Record<string, unknown> & { _id: string; _rev: string }) | undefined;
				if (!doc || this.#denied.has(doc._id)) continue;
				if (UPSTREAM.has(String(doc.kind)) && doc.unit === this.o.unit) mine.push(doc);
			}
		}
		if (mine.length === 0) return { pushed: 0, denied: 0 };
		const revs: Record<string, string[]> = {};
		for (const d of mine) revs[String(d._id)] = [String(d._rev)];
		const diff = (await this.#request(`${db}/_revs_diff`, revs)) as Record<string, unknown>;
		const missing = mine.filter((d) => String(d._id) in diff);
		if (missing.length === 0) return { pushed: 0, denied: 0 };
		const docs = await Promise.all(
			missing.map((d) => this.o.local.get(String(d._id), { revs: true }))
		);
		const results = (await this.#request(`${db}/_bulk_docs`, {
			docs,
			new_edits: false
		})) as { id: string; error?: string; reason?: string }[];
		const refused = results.filter((r) => r.error);
		for (const r of refused) this.#denied.add(r.id);
		if (refused.length > 0) {
			this.o.sink.denied(refused.map((r) => ({ id: r.id, reason: r.reason ?? r.error ?? '' })));
		}
		return { pushed: missing.length - refused.length, denied: refused.length };
	}
}
