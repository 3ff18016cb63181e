import type { Collection } from 'dexie';
import { searchTokens } from '$lib/domain/search/fold-text';
import { isOverdue } from '$lib/domain/reports/summary';
import { codeOfSearchId, termRange, type DossierRow, type ReadModelDb } from '$lib/db/read-model';
import { searchWalk } from './search-walk';
import { queryMatch, type QueryMatch } from './query-match';

/** The tracking book's filters (sổ theo dõi hồ sơ), all optional and combined with AND. */
export interface TrackingFilter {
	readonly status?: number;
	readonly field?: string;
	readonly procedure?: string;
	/** Received on or after this Vietnam date (`YYYY-MM-DD`). */
	readonly receivedFrom?: string;
	/** Received on or before this Vietnam date. */
	readonly receivedTo?: string;
	/**
	 * Still in progress (no decision, not refused or withdrawn) and past its legal deadline at
	 * `asOf` by the 766 test: the same definition as the reports (`isOverdue`).
	 */
	readonly overdue?: boolean;
	/** Still open and due in [`dueFrom`, `dueTo`) (instants), e.g. this week. */
	readonly dueFrom?: string;
	readonly dueTo?: string;
	/** Free text: name, code, citizen id, phone; diacritics-free prefix match per word. */
	readonly query?: string;
	/** The instant "overdue" is judged at. */
	readonly asOf: string;
}

export interface TrackingPage {
	readonly rows: DossierRow[];
	/**
	 * The number of matching dossiers; for a search that stopped at its page (`counted` false),
	 * only a lower bound: `trackingTotal` counts it, later.
	 */
	readonly total: number;
	readonly counted: boolean;
}

/** The AND of the filters that no index answered: applied row by row. */
function rowTest(f: TrackingFilter, match?: QueryMatch): (r: DossierRow) => boolean {
	return (r) =>
		(f.status === undefined || r.status === f.status) &&
		(f.field === undefined || r.field_code === f.field) &&
		(f.procedure === undefined || r.procedure_code === f.procedure) &&
		(f.receivedFrom === undefined || r.legal_receipt_date >= f.receivedFrom) &&
		(f.receivedTo === undefined || r.legal_receipt_date <= f.receivedTo) &&
		(!f.overdue || isOverdue(r, f.asOf)) &&
		(f.dueFrom === undefined || (r.open === 1 && r.appointment_at >= f.dueFrom)) &&
		(f.dueTo === undefined || (r.open === 1 && r.appointment_at < f.dueTo)) &&
		(match === undefined || match.matches(r.terms));
}

/**
 * Picks the most selective index for the filter: a search word (multi-entry `terms`), the open
 * dossiers' due dates (overdue, due this week), a status, a procedure, a field, the receipt date;
 * otherwise the whole book in due-date order. The rest is filtered row by row.
 */
function candidates(
	read: ReadModelDb,
	f: TrackingFilter
): { rows: Collection<DossierRow, string>; ordered: boolean; exact?: boolean } {
	if (f.overdue) {
		// Longest overdue first: the index's own order, so a page stops at its rows (before, every
		// overdue row was read and sorted by due date: 4.2 s at 100,000 on a slow CPU). The range
		// is exactly `isOverdue` (in progress, `overdue_at` before `asOf`, upper bound excluded).
		return {
			rows: read.dossiers.where('[in_progress+overdue_at]').between([1, ''], [1, f.asOf]),
			ordered: true,
			exact: onlyFilter(f, 'overdue')
		};
	}
	if (f.dueFrom !== undefined || f.dueTo !== undefined) {
		return {
			rows: read.dossiers
				.where('[open+appointment_at]')
				.between([1, f.dueFrom ?? ''], [1, f.dueTo ?? '\uffff']),
			ordered: true
		};
	}
	// Equality filters use compound [key+appointment_at] indexes, so the page comes out sorted.
	const byKey = (index: string, key: string | number) => ({
		rows: read.dossiers.where(`[${index}+appointment_at]`).between([key, ''], [key, '\uffff']),
		ordered: true,
		exact: onlyFilter(f, index)
	});
	if (f.status !== undefined) return byKey('status', f.status);
	if (f.procedure !== undefined) return byKey('procedure_code', f.procedure);
	if (f.field !== undefined) return byKey('field_code', f.field);
	if (f.receivedFrom !== undefined || f.receivedTo !== undefined) {
		return {
			rows: read.dossiers
				.where('legal_receipt_date')
				.between(f.receivedFrom ?? '', f.receivedTo ?? '\uffff', true, true),
			ordered: false
		};
	}
	return { rows: read.dossiers.orderBy('appointment_at'), ordered: true, exact: onlyFilter(f, '') };
}

/** True when `index`'s key is the filter's only condition (`''`: no condition at all). */
function onlyFilter(f: TrackingFilter, index: string): boolean {
	const set = {
		status: f.status !== undefined,
		procedure_code: f.procedure !== undefined,
		field_code: f.field !== undefined,
		overdue: Boolean(f.overdue),
		other:
			f.receivedFrom !== undefined ||
			f.receivedTo !== undefined ||
			f.dueFrom !== undefined ||
			f.dueTo !== undefined ||
			Boolean(f.query)
	};
	return Object.entries(set).every(([k, on]) => on === (k === index));
}

/**
 * The dossiers whose search terms match every word of the query: the primary keys of each
 * word's prefix range (index only, no rows read), intersected smallest first. Only the count of
 * a search uses it (`trackingTotal`), after the page is on screen.
 */
async function searchCodes(read: ReadModelDb, match: QueryMatch): Promise<string[]> {
	const sets = await Promise.all(
		match.drive.map(async (w) => {
			const [lower, upper] = termRange(w);
			return new Set(
				await read.search.where('keys').between(lower, upper, true, false).primaryKeys()
			);
		})
	);
	sets.sort((a, b) => a.size - b.size);
	const [smallest, ...rest] = sets;
	if (!smallest) return [];
	return [...smallest].filter((k) => rest.every((s) => s.has(k))).map(codeOfSearchId);
}

/**
 * One page of the tracking book, sorted by due date (appointment); the overdue filter sorts by
 * how long overdue (longest first), a search by receipt (newest first). And the matching total.
 */
export async function trackingPage(
	read: ReadModelDb,
	f: TrackingFilter,
	offset: number,
	limit: number,
	/** Leave the count to `trackingTotal` (the book shows its rows first): `counted` false. */
	deferCount = false
): Promise<TrackingPage> {
	if (f.query && searchTokens(f.query).length > 0) {
		// Newest receipt first, and only as far as the page: the count comes from `trackingTotal`.
		const match = await queryMatch(f.query);
		const walk = await searchWalk(read, match, rowTest(f, match), offset, limit);
		const total = offset + walk.rows.length + (walk.complete ? 0 : 1);
		return { rows: walk.rows, total, counted: walk.complete };
	}
	const { rows, ordered, exact } = candidates(read, f);
	if (deferCount && (exact || ordered)) {
		// Counting walks the whole index range (hundreds of ms at 20,000 with a slow CPU).
		const page = await bounded(
			(exact ? rows : rows.filter(rowTest(f))).offset(offset),
			limit
		).toArray();
		const full = page.length === limit;
		return { rows: page, total: offset + page.length + (full ? 1 : 0), counted: !full };
	}
	if (exact) {
		// The index answers the whole filter: IndexedDB counts and pages it without reading rows.
		// (Dexie's clone inherits later changes of its original: the page gets the clone.)
		const [total, page] = await Promise.all([
			rows.count(),
			bounded(rows.clone().offset(offset), limit).toArray()
		]);
		return { rows: page, total, counted: true };
	}
	const filtered = rows.filter(rowTest(f));
	if (ordered) {
		const [total, page] = await Promise.all([
			filtered.count(),
			bounded(filtered.clone().offset(offset), limit).toArray()
		]);
		return { rows: page, total, counted: true };
	}
	const all = byDueDate(await filtered.toArray());
	return { rows: all.slice(offset, offset + limit), total: all.length, counted: true };
}

/**
 * How many dossiers match `f`. For a search, the intersection of its words' keys and a test of
 * the rows left when other filters apply: read after the page is shown, never before it.
 */
export async function trackingTotal(read: ReadModelDb, f: TrackingFilter): Promise<number> {
	if (f.query && searchTokens(f.query).length > 0) {
		const match = await queryMatch(f.query);
		const codes = await searchCodes(read, match);
		const test = rowTest(f, match);
		const onlyQuery = onlyFilter({ ...f, query: undefined }, '');
		// With the query as the only filter, the keys' intersection is the answer.
		if (onlyQuery) return codes.length;
		const rows = await read.dossiers.bulkGet(codes);
		return rows.filter((r) => r !== undefined && test(r)).length;
	}
	return (await trackingPage(read, f, 0, 0)).total;
}

/** IndexedDB's getAll takes a 32-bit count: "everything" (the book export) is no limit at all. */
function bounded(rows: Collection<DossierRow, string>, limit: number) {
	return limit >= 0xffffffff ? rows : rows.limit(limit);
}

function byDueDate(rows: DossierRow[]): DossierRow[] {
	return rows.sort((a, b) =>
		a.appointment_at < b.appointment_at ? -1 : a.appointment_at > b.appointment_at ? 1 : 0
	);
}
