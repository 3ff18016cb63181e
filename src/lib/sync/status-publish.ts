import { loadStates, type LocalDb } from '$lib/db/store';
import { PublicStatusDoc } from '$lib/domain/schemas/public-status';
import type { AdminUnit } from '$lib/domain/schemas/unit';
import { projectStatus, sameStatus } from '$lib/domain/status-lookup/project-status';
import type { Credentials } from './engine';
import { basicAuth } from './media-upload';

/**
 * The status lane of the sync (issue 16): after the records lane has pushed the commune database,
 * every dossier whose documents changed since the last run gets its public status folded and
 * written to `status-<commune>` upstream, where citizens read it by the receipt's QR. It reads
 * the changes feed of the local commune database from a checkpoint, folds the touched dossiers,
 * compares with what upstream holds (`_all_docs` by keys, as a member) and writes only the
 * differing ones (`_bulk_docs` with their revisions). A conflict (another device wrote the same
 * status meanwhile) leaves the checkpoint where it was, so the next run folds again; a refused
 * document is reported and skipped.
 */

export interface StatusCheckpoint {
	load(): Promise<number | string | null>;
	save(seq: number | string): Promise<void>;
}

export interface StatusSink {
	published(count: number): void;
	refused(docs: readonly { id: string; reason: string }[]): void;
}

export interface StatusPublisherOptions {
	readonly local: LocalDb;
	readonly remoteBase: string;
	/** `commune-<code>`: its statuses go to `status-<code>`. */
	readonly communeDb: string;
	readonly credentials: Credentials;
	readonly fetch: typeof fetch;
	/** The commune's unit record (where citizens come), from the catalog. */
	readonly unit: () => Promise<AdminUnit | undefined>;
	readonly checkpoint: StatusCheckpoint;
	readonly sink: StatusSink;
}

const PAGE = 200;

export const statusDbOf = (communeDb: string) => communeDb.replace(/^commune-/, 'status-');

/** The dossier code a commune document belongs to (`dossier:<code>`, `event:<code>:…`). */
export function dossierCodeOf(id: string): string | null {
	const m = /^(?:dossier|event):([^:]+)/.exec(id);
	return m ? (m[1] ?? null) : null;
}

type BulkAnswer = { id?: string; error?: string; reason?: string };

export class StatusPublisher {
	#running: Promise<void> | null = null;
	#again = false;
	#stopped = false;

	constructor(private readonly o: StatusPublisherOptions) {}

	get url(): string {
		return `${this.o.remoteBase}/${statusDbOf(this.o.communeDb)}`;
	}

	/** Runs now, or once more after the run in progress. */
	kick(): void {
		if (this.#stopped) return;
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.#running = this.#loop().finally(() => (this.#running = null));
	}

	/** Resolves when no run is in progress (tests and stop). */
	async settled(): Promise<void> {
		while (this.#running) await this.#running;
	}

	async stop(): Promise<void> {
		this.#stopped = true;
		await this.settled();
	}

	async #loop(): Promise<void> {
		do {
			this.#again = false;
			try {
				while (!this.#stopped && (await this.#page())) {
					/* next page */
				}
			} catch {
				// Offline or upstream down: the next caught-up sync kicks again.
				return;
			}
		} while (this.#again && !this.#stopped);
	}

	/** One page of changes; true when there may be more. */
	async #page(): Promise<boolean> {
		const since = (await this.o.checkpoint.load()) ?? 0;
		const changes = await this.o.local.changes({ since, limit: PAGE });
		const codes = [
			...new Set(changes.results.map((r) => dossierCodeOf(r.id)).filter((c) => c !== null))
		];
		const complete = await this.#publish(codes);
		if (!complete) return false;
		await this.o.checkpoint.save(changes.last_seq);
		return changes.results.length === PAGE;
	}

	/** Writes the statuses of these dossiers that differ upstream; false after a conflict. */
	async #publish(codes: readonly string[]): Promise<boolean> {
		if (codes.length === 0) return true;
		const { states } = await loadStates(this.o.local, codes);
		const unit = await this.o.unit();
		const wanted = states.map((s) => projectStatus(s, unit)).filter((d) => d !== null);
		if (wanted.length === 0) return true;
		const held = await this.#held(wanted.map((d) => d._id));
		const writes = wanted.flatMap((doc) => {
			const have = held.get(doc._id);
			if (have?.doc && sameStatus(have.doc, doc)) return [];
			return [have?.rev ? { ...doc, _rev: have.rev } : doc];
		});
		if (writes.length === 0) return true;
		const answers = (await this.#request('POST', '/_bulk_docs', { docs: writes })) as BulkAnswer[];
		const refused = answers.filter((a) => a.error && a.error !== 'conflict');
		if (refused.length > 0) {
			this.o.sink.refused(
				refused.map((a) => ({ id: a.id ?? '?', reason: a.reason ?? a.error ?? 'forbidden' }))
			);
		}
		this.o.sink.published(answers.filter((a) => !a.error).length);
		return !answers.some((a) => a.error === 'conflict');
	}

	/** What upstream holds for these ids: revision and, when it parses, the document. */
	async #held(ids: readonly string[]) {
		type Row = { id?: string; key?: string; value?: { rev?: string }; doc?: unknown };
		const body = (await this.#request('POST', '/_all_docs?include_docs=true', { keys: ids })) as {
			rows?: Row[];
		};
		const held = new Map<string, { rev: string | undefined; doc: PublicStatusDoc | null }>();
		for (const row of body.rows ?? []) {
			if (!row.key || !row.value?.rev) continue;
			const parsed = PublicStatusDoc.safeParse(row.doc);
			held.set(row.key, { rev: row.value.rev, doc: parsed.success ? parsed.data : null });
		}
		return held;
	}

	async #request(method: string, path: string, body: unknown): Promise<unknown> {
		const res = await this.o.fetch(`${this.url}${path}`, {
			method,
			headers: {
				'Content-Type': 'application/json',
				Authorization: basicAuth(this.o.credentials)
			},
			body: JSON.stringify(body)
		});
		if (res.status !== 200 && res.status !== 201)
			throw new Error(`${method} ${path}: ${res.status}`);
		return res.json();
	}
}
