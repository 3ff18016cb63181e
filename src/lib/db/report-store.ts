import type { Table } from 'dexie';
import { carriedInto, type ReportRow } from '../domain/reports/summary';
import { packReportRow, type PackedReportRow } from './report-pack';

/** Every report row of the dossiers received in one month (`YYYY-MM`), stored as one record. */
export interface ReportMonth {
	readonly month: string;
	readonly rows: readonly PackedReportRow[];
}

export type ReportKey = [string, string];

/** A report row the carried table finds by index: `carried_into` is `carriedInto(row)`. */
export interface CarriedRow extends ReportRow {
	readonly carried_into: readonly string[];
}

/** The report's two tables, as the read model or an upgrade transaction hands them out. */
export interface ReportTables {
	/** One record per month of receipt: a year is read in twelve records, not 20,000. */
	readonly months: Table<ReportMonth, string>;
	/**
	 * The few rows a report finds by index, keyed `[legal_receipt_date, code]`: dossiers still
	 * open, and closed ones that were open across the first day of some month (`carried_into`).
	 */
	readonly carried: Table<CarriedRow, ReportKey>;
}

export const monthOf = (r: Pick<ReportRow, 'legal_receipt_date'>) =>
	r.legal_receipt_date.slice(0, 7);

/**
 * Writes report rows: each replaces the row of the same dossier in its month's record (a
 * dossier's receipt date is write-once, so it never changes month), and is kept in or dropped
 * from the carried table. Run it inside a read-write transaction over both tables: the months
 * are read, changed and written back.
 */
export async function writeReportRows(
	tables: ReportTables,
	rows: readonly ReportRow[]
): Promise<void> {
	const fresh = new Map<string, ReportRow[]>();
	for (const r of rows) {
		const list = fresh.get(monthOf(r));
		if (list) list.push(r);
		else fresh.set(monthOf(r), [r]);
	}
	const months = [...fresh.keys()];
	const stored = await tables.months.bulkGet(months);
	const updated = months.map((month, i): ReportMonth => {
		const added = fresh.get(month) ?? [];
		const replaced = new Set(added.map((r) => r.code));
		const kept = (stored[i]?.rows ?? []).filter(([code]) => !replaced.has(code));
		return { month, rows: [...kept, ...added.map(packReportRow)] };
	});
	const carried: CarriedRow[] = [];
	const gone: ReportKey[] = [];
	for (const r of rows) {
		const across = carriedInto(r);
		if (r.closed_at === '' || across.length > 0) carried.push({ ...r, carried_into: across });
		else gone.push([r.legal_receipt_date, r.code]);
	}
	await Promise.all([
		tables.months.bulkPut(updated),
		tables.carried.bulkPut(carried),
		tables.carried.bulkDelete(gone)
	]);
}
