import Dexie, { type Table } from 'dexie';
import type { CalendarYear } from '$lib/domain/schemas/calendar';
import type { Procedure } from '$lib/domain/schemas/procedure';
import { reportRow, type DossierSummary } from '$lib/domain/reports/summary';
import {
	writeReportRows,
	type CarriedRow,
	type ReportKey,
	type ReportChunk
} from './report-chunks';
import type { AdminUnit } from '$lib/domain/schemas/unit';
import { searchRow } from './search-keys';

/**
 * The read model: what the screens query, folded from PouchDB by the projector. It holds nothing
 * that cannot be rebuilt from PouchDB (the record of truth), so it may be dropped at any time
 * (the repair action does exactly that). Default (relaxed) durability is fine here for the same
 * reason.
 */

/**
 * One line of the tracking book, small enough to page through 100,000 of them. The full state of
 * a dossier (its history) is not kept here: the dossier page folds it from PouchDB on demand, which
 * keeps the read model a few hundred bytes per dossier on an old laptop's disk.
 */
export interface DossierRow extends Readonly<DossierSummary> {
	/** 1 while a result is still owed (not returned, refused or withdrawn), else 0. */
	readonly open: 0 | 1;
	/** Form 07 columns: sets, deciding agency, sent to it, result back from it, notes. */
	readonly sets: number;
	readonly competent_authority: string;
	readonly transferred_at: string;
	readonly resolved_at: string;
	readonly note: string;
	readonly handler_id: string;
	readonly applicant_name: string;
	readonly applicant_address: string;
	readonly applicant_phone: string;
	readonly book_year: number;
	readonly book_volume: number;
	readonly book_entry: number;
	readonly supplement_pending: 0 | 1;
	readonly flag_count: number;
	/** Diacritics-free search terms (name, code, citizen id, phone, procedure); as stored, every
	 * prefix of them as a keyed hash (`sealed-rows.ts`, issue 19). */
	readonly terms: readonly string[];
	/** The personal fields, AES-GCM sealed (issue 19); the clear ones are then empty. */
	readonly sealed?: string;
}

/**
 * A dossier's line of the search index (`search-keys.ts`): keyed by receipt instant and code, so
 * that the primary keys a search reads sort newest first and say when; its terms with the
 * receipt instant are the multi-entry index a search walks.
 */
export interface SearchRow {
	/** `<receipt instant, 9 base-36 digits><code>`. */
	readonly id: string;
	/** `<term>\u0001<receipt instant>` per term. */
	readonly keys: readonly string[];
}

/** A replicated document the projector could not use: skipped, kept here to be shown. */
export interface ProblemRow {
	readonly id: string;
	readonly reason: string;
	readonly seen_at: string;
}

export interface MetaRow {
	readonly key: string;
	readonly value: unknown;
}

/** Rows copied per step of the version 3 upgrade: bounded memory on a 2 GB laptop. */
const UPGRADE_PAGE = 2000;

export type CatalogSource = 'bundled' | 'upstream';

export class ReadModelDb extends Dexie {
	dossiers!: Table<DossierRow, string>;
	/** The lean copies of the rows the report reads (`ReportRow`), see `report-store.ts`. */
	reportChunks!: Table<ReportChunk, string>;
	reportCarried!: Table<CarriedRow, ReportKey>;
	search!: Table<SearchRow, string>;
	problems!: Table<ProblemRow, string>;
	procedures!: Table<Procedure, string>;
	calendars!: Table<CalendarYear, number>;
	units!: Table<AdminUnit, string>;
	meta!: Table<MetaRow, string>;

	constructor(name: string) {
		super(name);
		// Versions are only appended, never edited: a device may hold any earlier one.
		this.version(1).stores({
			dossiers:
				'code, [open+appointment_at], appointment_at, legal_receipt_date, ' +
				'[status+appointment_at], [field_code+appointment_at], [procedure_code+appointment_at], ' +
				'handler_id, *terms, [book_year+book_volume+book_entry]',
			problems: 'id',
			procedures: 'code, field.code',
			calendars: 'year',
			units: 'code',
			meta: 'key'
		});
		// Version 2 (reports, issue 7): report summaries in each row, the overdue instant and the
		// closing instant indexed. Old rows lack them: drop them and rewind the projector's
		// checkpoint so it folds every dossier again from PouchDB on the next start.
		this.version(2)
			.stores({
				dossiers:
					'code, [open+appointment_at], appointment_at, legal_receipt_date, ' +
					'[status+appointment_at], [field_code+appointment_at], [procedure_code+appointment_at], ' +
					'handler_id, *terms, [book_year+book_volume+book_entry], ' +
					'[in_progress+overdue_at], closed_at'
			})
			.upgrade(async (tx) => {
				await tx.table('dossiers').clear();
				await tx.table('meta').delete('projector.since');
			});
		// Version 3 (report speed, issue 7): the report reads lean rows of its own, ten days per
		// record, instead of whole tracking-book rows. Rows of version 2 hold every summary field, so
		// the report rows are copied from them (no refold: the book stays on screen through the
		// upgrade); the book no longer needs its `closed_at` index.
		this.version(3)
			.stores({
				dossiers:
					'code, [open+appointment_at], appointment_at, legal_receipt_date, ' +
					'[status+appointment_at], [field_code+appointment_at], [procedure_code+appointment_at], ' +
					'handler_id, *terms, [book_year+book_volume+book_entry], ' +
					'[in_progress+overdue_at]',
				reportChunks: 'chunk',
				// `*carried_into` is sparse: only dossiers closed, returned or rated after the first
				// day of a later month (`carriedInto`).
				reportCarried: '[legal_receipt_date+code], [closed_at+legal_receipt_date], *carried_into'
			})
			.upgrade(async (tx) => {
				const dossiers = tx.table<DossierRow, string>('dossiers');
				const tables = {
					chunks: tx.table<ReportChunk, string>('reportChunks'),
					carried: tx.table<CarriedRow, ReportKey>('reportCarried')
				};
				let after = '';
				for (;;) {
					const rows = await dossiers.where(':id').above(after).limit(UPGRADE_PAGE).toArray();
					const last = rows[rows.length - 1];
					if (!last) return;
					await writeReportRows(tables, rows.map(reportRow));
					after = last.code;
				}
			});
		// Version 4 (search speed, issue 15): the search index moves to a table of its own, each
		// term with the receipt instant (`search-keys.ts`), so a search reads the newest matches
		// first and stops at a page; `received_at` orders a search whose words are all too short
		// to drive it. The index derives from each row's own terms: no refold, the book stays.
		this.version(4)
			.stores({
				dossiers:
					'code, [open+appointment_at], appointment_at, legal_receipt_date, ' +
					'[status+appointment_at], [field_code+appointment_at], [procedure_code+appointment_at], ' +
					'handler_id, received_at, [book_year+book_volume+book_entry], ' +
					'[in_progress+overdue_at]',
				search: 'id, *keys'
			})
			.upgrade(async (tx) => {
				const dossiers = tx.table<DossierRow, string>('dossiers');
				const search = tx.table<SearchRow, string>('search');
				let after = '';
				for (;;) {
					const rows = await dossiers.where(':id').above(after).limit(UPGRADE_PAGE).toArray();
					const last = rows[rows.length - 1];
					if (!last) return;
					await search.bulkPut(rows.map(searchRow));
					after = last.code;
				}
			});
		// Version 5 (encryption at rest, issue 19): rows hold their personal fields sealed and
		// their search keys as keyed hashes of every prefix. Old rows hold names in clear: drop
		// every row and rewind the projector, which folds them again once the device is unlocked.
		this.version(5)
			.stores({})
			.upgrade(async (tx) => {
				for (const t of ['dossiers', 'search', 'reportChunks', 'reportCarried'])
					await tx.table(t).clear();
				await tx.table('meta').delete('projector.since');
			});
	}
}

/**
 * One read model per device: a device serves one commune at a time (meta `commune`); switching
 * commune rebuilds it from that commune's PouchDB database.
 */
export function openReadModel(): ReadModelDb {
	return new ReadModelDb('motcua-read');
}
