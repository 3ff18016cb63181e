import type { DossierRow, SearchRow } from './tables';

/**
 * The search index of the tracking book, built for "the first 50 newest matches": one key per
 * search term of a dossier, `<term>\u0001<received instant>`, in a multi-entry index. One term's
 * keys are then one contiguous range in receipt order, so a search walks it newest first and
 * stops after a page, instead of reading every key of a common word ("nguyen", "thi").
 * The instant is written as milliseconds in base 36, nine digits: short, and ordered like time.
 */
export const TERM_SEPARATOR = '\u0001';
const TIME_DIGITS = 9;

/** Milliseconds since 1970 as nine base-36 digits (ordered as strings like the instants). */
export function timeKey(instant: string): string {
	const ms = Date.parse(instant);
	return (Number.isFinite(ms) ? Math.max(0, ms) : 0).toString(36).padStart(TIME_DIGITS, '0');
}

/** The index keys of a dossier's search terms received at `receivedAt`. */
export function searchKeys(terms: readonly string[], receivedAt: string): string[] {
	const at = timeKey(receivedAt);
	return terms.map((t) => `${t}${TERM_SEPARATOR}${at}`);
}

/** The term of an index key. */
export function termOfKey(key: string): string {
	const end = key.indexOf(TERM_SEPARATOR);
	return end < 0 ? key : key.slice(0, end);
}

/** The range of one term's keys: [lower, upper). */
export function termRange(term: string): readonly [string, string] {
	return [`${term}${TERM_SEPARATOR}`, `${term}\u0002`];
}

/** The search-index line of a tracking-book row. */
export function searchRow(row: Pick<DossierRow, 'code' | 'terms' | 'received_at'>): SearchRow {
	return {
		id: searchId(row.code, row.received_at),
		keys: searchKeys(row.terms ?? [], row.received_at)
	};
}

/** The primary key of a dossier's search line: receipt instant then code. */
export const searchId = (code: string, receivedAt: string): string =>
	`${timeKey(receivedAt)}${code}`;

/** The dossier code of a search line's primary key. */
export const codeOfSearchId = (id: string): string => id.slice(TIME_DIGITS);

/** The receipt-instant part of a search line's primary key (ordered like the instants). */
export const timeOfSearchId = (id: string): string => id.slice(0, TIME_DIGITS);
