import type { Collection } from 'dexie';
import { foldVietnamese, searchTokens } from '../domain/search/fold-text';
import { matchesQuery } from '../domain/search/search-terms';
import type { DossierRow, ReadModelDb } from './read-model';

/** The tracking book's filters (sổ theo dõi hồ sơ), all optional and combined with AND. */
export interface TrackingFilter {
	readonly status?: number;
	readonly field?: string;
	readonly procedure?: string;
	/** Received on or after this Vietnam date (`YYYY-MM-DD`). */
	readonly receivedFrom?: string;
	/** Received on or before this Vietnam date. */
	readonly receivedTo?: string;
	/** Still open and past its appointment at `asOf`. */
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
	readonly total: number;
}

/** The AND of the filters that no index answered: applied row by row. */
function rowTest(f: TrackingFilter): (r: DossierRow) => boolean {
	return (r) =>
		(f.status === undefined || r.status === f.status) &&
		(f.field === undefined || r.field_code === f.field) &&
		(f.procedure === undefined || r.procedure_code === f.procedure) &&
		(f.receivedFrom === undefined || r.legal_receipt_date >= f.receivedFrom) &&
		(f.receivedTo === undefined || r.legal_receipt_date <= f.receivedTo) &&
		(!f.overdue || (r.open === 1 && r.appointment_at < f.asOf)) &&
		(f.dueFrom === undefined || (r.open === 1 && r.appointment_at >= f.dueFrom)) &&
		(f.dueTo === undefined || (r.open === 1 && r.appointment_at < f.dueTo)) &&
		(f.query === undefined || matchesQuery(r.terms, f.query));
}

/**
 * Picks the most selective index for the filter: a search word (multi-entry `terms`), the open
 * dossiers' due dates (overdue, due this week), a status, a procedure, a field, the receipt date;
 * otherwise the whole book in due-date order. The rest is filtered row by row.
 */
function candidates(
	read: ReadModelDb,
	f: TrackingFilter
): { rows: Collection<DossierRow, string>; ordered: boolean } {
	const words = f.query ? searchTokens(f.query) : [];
	const first = words.sort((a, b) => b.length - a.length)[0];
	if (first) {
		const digits = foldVietnamese(f.query ?? '').replace(/\D/g, '');
		const start = /^[\d\s.+()-]+$/.test(foldVietnamese(f.query ?? '')) && digits ? digits : first;
		return { rows: read.dossiers.where('terms').startsWith(start).distinct(), ordered: false };
	}
	if (f.overdue) {
		return {
			rows: read.dossiers.where('[open+appointment_at]').between([1, ''], [1, f.asOf]),
			ordered: true
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
		ordered: true
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
	return { rows: read.dossiers.orderBy('appointment_at'), ordered: true };
}

/** One page of the tracking book, sorted by due date (appointment), and the matching total. */
export async function trackingPage(
	read: ReadModelDb,
	f: TrackingFilter,
	offset: number,
	limit: number
): Promise<TrackingPage> {
	const { rows, ordered } = candidates(read, f);
	const filtered = rows.filter(rowTest(f));
	if (ordered) {
		const [total, page] = await Promise.all([
			filtered.clone().count(),
			filtered.offset(offset).limit(limit).toArray()
		]);
		return { rows: page, total };
	}
	const all = await filtered.toArray();
	all.sort((a, b) =>
		a.appointment_at < b.appointment_at ? -1 : a.appointment_at > b.appointment_at ? 1 : 0
	);
	return { rows: all.slice(offset, offset + limit), total: all.length };
}
