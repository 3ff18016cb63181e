import { isQuotaError } from '$lib/db/store';
import { LockedError } from '$lib/crypto';
import { sealRows } from './sealed-rows';
import { putRows, rowTables } from './book-rows';
import { toDossierRow } from './dossier-row';
import { loadStates } from '$lib/db/store';
import { recordSkipped } from './skipped-docs';
import type { LocalDb } from '$lib/db/store';
import type { ReadModelDb } from './tables';
import { rebuildReadModel } from './rebuild';

const CHECKPOINT_KEY = 'projector.since';
/** Changes per step: large enough to amortise IndexedDB transactions, small enough for 2 GB RAM. */
const BATCH = 500;

/** The dossier code a document id belongs to (`dossier:<code>`, `event:<code>:…`), if any. */
export function codeOfId(id: string): string | undefined {
	if (id.startsWith('dossier:')) return id.slice('dossier:'.length);
	if (id.startsWith('event:')) {
		const rest = id.slice('event:'.length);
		// `event:<code>:<hlc>:<device>:<seq>`: the code itself never contains ':'.
		const end = rest.indexOf(':');
		return end > 0 ? rest.slice(0, end) : undefined;
	}
	return undefined;
}

/**
 * Follows the commune database's changes feed from a checkpoint kept in the read model, folds
 * every dossier a change touches and writes its tracking-book line. Local writes, writes from
 * another tab and documents replicated from upstream all arrive the same way.
 */
export class Projector {
	#running: Promise<number> | null = null;
	#again = false;
	#feed: PouchDB.Core.Changes<object> | null = null;

	constructor(
		private readonly local: LocalDb,
		private readonly read: ReadModelDb,
		private readonly now: () => string = () => new Date().toISOString()
	) {}

	/** Projects every change since the checkpoint; concurrent calls share one run. */
	catchUp(): Promise<number> {
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = this.#drain().finally(() => {
			this.#running = null;
			if (this.#again) {
				this.#again = false;
				void this.catchUp();
			}
		});
		return this.#running;
	}

	async #drain(): Promise<number> {
		let total = 0;
		for (;;) {
			const since = ((await this.read.meta.get(CHECKPOINT_KEY))?.value as string | number) ?? 0;
			const changes = await this.local.changes({ since, limit: BATCH });
			if (changes.results.length === 0) return total;
			const codes = [...new Set(changes.results.map((c) => codeOfId(c.id)).filter(isString))];
			const { states, skipped } = await loadStates(this.local, codes);
			// Sealed before the transaction: WebCrypto's promises would let IndexedDB commit it early.
			const rows = await sealRows(states.map(toDossierRow));
			await this.read.transaction('rw', [...rowTables(this.read), this.read.meta], async () => {
				await putRows(this.read, rows);
				await this.read.meta.put({ key: CHECKPOINT_KEY, value: changes.last_seq });
			});
			await recordSkipped(this.read, skipped, this.now());
			total += changes.results.length;
		}
	}

	/** Resolves when no projection is running (tests, shutdown). */
	async idle(): Promise<void> {
		while (this.#running) await this.#running;
	}

	/** Catches up, then keeps following the feed until `stop()`. */
	start(): void {
		if (this.#feed) return;
		this.catchUp().catch(quiet);
		this.#feed = this.local
			.changes({ since: 'now', live: true })
			.on('change', () => void this.catchUp().catch(quiet));
	}

	stop(): void {
		this.#feed?.cancel();
		this.#feed = null;
	}

	/** The repair action: drop the read model's dossiers and fold everything again from PouchDB. */
	async rebuild(onProgress?: (done: number, total: number) => void): Promise<number> {
		await this.#running;
		const count = await rebuildReadModel(this.local, this.read, onProgress, this.now);
		await this.read.meta.put({ key: CHECKPOINT_KEY, value: count.seq });
		await this.catchUp();
		return count.dossiers;
	}
}

/**
 * A commune database that cannot open (full disk, reported by the runtime's `startFailure`)
 * leaves the read model as it was, and so does a lock in the middle of a batch (the runtime
 * restarts the projector on unlock, from the same checkpoint); any other failure stays loud.
 */
function quiet(error: unknown): void {
	if (!isQuotaError(error) && !(error instanceof LockedError)) throw error;
}

function isString(x: string | undefined): x is string {
	return typeof x === 'string';
}

export { CHECKPOINT_KEY };
