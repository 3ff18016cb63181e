import { vnDateOf } from '$lib/domain/calendar/vn-time';
import { domainError, type DomainError, type Result } from '$lib/domain/errors';
import type { DossierState } from '$lib/domain/fold/state';
import type { Procedure } from '$lib/domain/schemas/procedure';
import type { CalendarYear } from '$lib/domain/schemas/calendar';
import type { AdminUnit } from '$lib/domain/schemas/unit';
import type { Officer } from '$lib/domain/schemas/dossier';
import type { Runtime } from '$lib/db/runtime';
import Dexie from 'dexie';
import {
	loadState,
	publish,
	sealDocs,
	sealPhotoRows,
	readNumbering,
	storageFailure,
	writeNumbering,
	type DeviceRow,
	type Drawn,
	type JournalEntry,
	type Numbering,
	type PhotoRow,
	type StorageFailure
} from '$lib/db/store';

/**
 * The one store call every write command goes through (DESIGN.md, issue 21): read the command's
 * context, hand it to the app's decision, and commit what the decision returns — numbering,
 * one journal entry, photo rows — in one strict journal transaction, all or nothing; then
 * publish the documents to PouchDB. The store decides nothing: which command, which documents
 * and which numbers are the app's and the domain's.
 */

export type WriteResult<T> =
	| { readonly ok: true; readonly value: T; readonly published: boolean }
	| { readonly ok: false; readonly errors: readonly DomainError[] }
	| { readonly ok: false; readonly storage: StorageFailure; readonly errors: readonly [] };

export interface CommandRequest {
	readonly now: string;
	/** The dossier the command acts on: its folded state and stored photo sizes are read. */
	readonly dossier?: string;
	/** The command mints a dossier code and book entry: the counters of the device's scope are read. */
	readonly mintsCode?: boolean;
	/** A `performance.measure` taken the moment the journal has committed (read by `npm run bench`). */
	readonly durableMeasure?: string;
	/** Further journal counters the decision reads and may raise (the queue's ticket numbers). */
	readonly counters?: readonly string[];
}

export interface CommandContext {
	readonly now: string;
	readonly device: DeviceRow;
	/** The officer signed in on the device, or the device itself when nobody has set up. */
	readonly officer: Officer;
	/** The PouchDB database the documents go to (`commune-<code>`). */
	readonly db: string;
	readonly unit: AdminUnit | undefined;
	readonly procedures: readonly Procedure[];
	readonly calendars: readonly CalendarYear[];
	readonly numbering: Numbering;
	/** The dossier's state when the request names one (always present then). */
	readonly state: DossierState | undefined;
	/** The sizes of the photos the device already holds for that dossier. */
	readonly photoBytes: readonly number[];
	/** The values of the request's `counters` (a counter never written is absent). */
	readonly counters: ReadonlyMap<string, number>;
}

export interface Decision<T> {
	readonly value: T;
	/** The documents to journal and publish, first one's `_id` naming the entry; may be empty. */
	readonly docs: readonly Record<string, unknown>[];
	/** The numbers drawn, written back with the entry. */
	readonly drawn?: Drawn;
	readonly photos?: readonly PhotoRow[];
	/** Counters of the request's `counters` to write back with the entry. */
	readonly counters?: readonly { readonly key: string; readonly value: number }[];
}

type Decide<T, C = CommandContext> = (ctx: C) => Result<Decision<T>>;
type OnDossier = CommandContext & { readonly state: DossierState };

function scopeOf(device: DeviceRow, unit: AdminUnit | undefined, now: string) {
	if (!unit || device.slot === null) return null;
	return { agency: unit.agency_code, slot: device.slot, year: Number(vnDateOf(now).slice(0, 4)) };
}

export function runCommand<T>(
	rt: Runtime,
	request: CommandRequest & { readonly dossier: string },
	decide: Decide<T, OnDossier>
): Promise<WriteResult<T>>;
export function runCommand<T>(
	rt: Runtime,
	request: CommandRequest,
	decide: Decide<T>
): Promise<WriteResult<T>>;
export async function runCommand<T>(
	rt: Runtime,
	request: CommandRequest,
	decide: Decide<T, never>
): Promise<WriteResult<T>> {
	const started = performance.now();
	const { journal, read, device } = rt;
	const local = rt.commune;
	const { now, dossier } = request;
	const state = dossier !== undefined && local ? await loadState(local, dossier) : undefined;
	if (dossier !== undefined && !state)
		return {
			ok: false,
			errors: [domainError('error.dossier_not_found', 'code', { code: dossier })]
		};
	if (!local)
		return { ok: false, storage: { kind: 'unavailable', detail: 'no commune' }, errors: [] };
	let outcome: Result<{ value: T; entry: JournalEntry | null }>;
	try {
		const [procedures, calendars, unit] = await Promise.all([
			read.procedures.toArray(),
			read.calendars.toArray(),
			device.commune_code ? read.units.get(device.commune_code) : Promise.resolve(undefined)
		]);
		outcome = await journal.transaction(
			'rw',
			journal.entries,
			journal.counters,
			journal.photos,
			async () => {
				const scope = request.mintsCode ? scopeOf(device, unit, now) : null;
				const numbering = await readNumbering(journal, device.device_id, scope);
				const held =
					dossier === undefined
						? []
						: await journal.photos.where('dossier_code').equals(dossier).toArray();
				const extra = await journal.counters.bulkGet([...(request.counters ?? [])]);
				const counters = new Map(
					extra.flatMap((row) =>
						row && typeof row.value === 'number' ? [[row.key, row.value] as const] : []
					)
				);
				const decided = (decide as Decide<T>)({
					now,
					device,
					officer: device.officer ?? { id: device.device_id, name: device.device_id },
					db: local.name,
					unit,
					procedures,
					calendars,
					numbering,
					state,
					photoBytes: held.map((r) => r.bytes),
					counters
				});
				if (!decided.ok) return decided;
				const { value, drawn, counters: raised } = decided.value;
				// Sealed inside the transaction (issue 19): the journal never holds a clear name or
				// photo. Dexie.waitFor keeps the transaction alive across WebCrypto's promises.
				const [docs, photos] = await Dexie.waitFor(
					Promise.all([sealDocs(decided.value.docs), sealPhotoRows(decided.value.photos ?? [])])
				);
				const entry: JournalEntry | null =
					docs.length === 0
						? null
						: { id: String(docs[0]?._id), db: local.name, docs, written_at: now, applied: 0 };
				if (drawn) await writeNumbering(journal, drawn);
				if (raised && raised.length > 0) await journal.counters.bulkPut([...raised]);
				if (entry) await journal.entries.add(entry);
				if (photos && photos.length > 0) await journal.photos.bulkAdd([...photos]);
				return { ok: true as const, value: { value, entry } };
			}
		);
	} catch (error) {
		return { ok: false, storage: storageFailure(error), errors: [] };
	}
	if (!outcome.ok) return { ok: false, errors: outcome.errors };
	// The journal has committed (strict durability): a receipt may print.
	if (request.durableMeasure) performance.measure(request.durableMeasure, { start: started });
	const { value, entry } = outcome.value;
	const published = entry ? await publish(journal, local, entry) : false;
	return { ok: true, value, published };
}
