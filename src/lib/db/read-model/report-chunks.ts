import type { Table } from 'dexie';
import { carriedInto, type ReportRow } from '$lib/domain/reports/summary';
import { packReportRow, type PackedReportRow } from './report-pack';

/**
 * Every report row of the dossiers received in ten days of a month, stored as one record, keyed
 * `YYYY-MM-1` (days 1–10), `-2` (11–20) or `-3` (21 to the end). A year is 36 records — reading
 * 20,000 rows as 20,000 records costs four times as much — and a new dossier rewrites only its
 * ten days (about 550 rows at 20,000 dossiers a year), not a whole month.
 */
export interface ReportChunk {
	readonly chunk: string;
	readonly rows: readonly PackedReportRow[];
}

export type ReportKey = [string, string];

/** A report row the carried table finds by index: `carried_into` is `carriedInto(row)`. */
export interface CarriedRow extends ReportRow {
	readonly carried_into: readonly string[];
}

/** The report's two tables, as the read model or an upgrade transaction hands them out. */
export interface ReportTables {
	/** One record per ten days of receipt (`ReportChunk`). */
	readonly chunks: Table<ReportChunk, string>;
	/**
	 * The few rows a report finds by index, keyed `[legal_receipt_date, code]`: dossiers still
	 * open, and closed ones that were open across the first day of some month (`carried_into`).
	 */
	readonly carried: Table<CarriedRow, ReportKey>;
}

/** The chunk of a Vietnam date: `2025-03-14` → `2025-03-2`. */
export function chunkOf(date: string): string {
	const day = Number(date.slice(8, 10));
	return `${date.slice(0, 7)}-${day <= 10 ? 1 : day <= 20 ? 2 : 3}`;
}

/**
 * Writes report rows: each replaces the row of the same dossier in its chunk (a dossier's
 * receipt date is write-once, so it never changes chunk), and is kept in or dropped
 * from the carried table. Run it inside a read-write transaction over both tables: the chunks
 * are read, changed and written back.
 */
export async function writeReportRows(
	tables: ReportTables,
	rows: readonly ReportRow[]
): Promise<void> {
	const fresh = new Map<string, ReportRow[]>();
	for (const r of rows) {
		const key = chunkOf(r.legal_receipt_date);
		const list = fresh.get(key);
		if (list) list.push(r);
		else fresh.set(key, [r]);
	}
	const keys = [...fresh.keys()];
	const stored = await tables.chunks.bulkGet(keys);
	const updated = keys.map((chunk, i): ReportChunk => {
		const added = fresh.get(chunk) ?? [];
		const replaced = new Set(added.map((r) => r.code));
		const kept = (stored[i]?.rows ?? []).filter(([code]) => !replaced.has(code));
		return { chunk, rows: [...kept, ...added.map(packReportRow)] };
	});
	const carried: CarriedRow[] = [];
	const gone: ReportKey[] = [];
	for (const r of rows) {
		const across = carriedInto(r);
		if (r.closed_at === '' || across.length > 0) carried.push({ ...r, carried_into: across });
		else gone.push([r.legal_receipt_date, r.code]);
	}
	await Promise.all([
		tables.chunks.bulkPut(updated),
		tables.carried.bulkPut(carried),
		tables.carried.bulkDelete(gone)
	]);
}
