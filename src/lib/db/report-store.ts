import type { Table } from 'dexie';
import type { ReportRow } from '../domain/reports/summary';

/** Every report row of the dossiers received in one month (`YYYY-MM`), stored as one record. */
export interface ReportMonth {
	readonly month: string;
	readonly rows: readonly ReportRow[];
}

export type ReportKey = [string, string];

/** The report's two tables, as the read model or an upgrade transaction hands them out. */
export interface ReportTables {
	/** One record per month of receipt: a year is read in twelve records, not 20,000. */
	readonly months: Table<ReportMonth, string>;
	/**
	 * The few rows a report finds by index, keyed `[legal_receipt_date, code]`: dossiers still
	 * open, and closed ones that were open across the first day of some month (`carried_into`).
	 */
	readonly carried: Table<ReportRow, ReportKey>;
}

export const monthOf = (r: Pick<ReportRow, 'legal_receipt_date'>) =>
	r.legal_receipt_date.slice(0, 7);

const carriable = (r: ReportRow) => r.closed_at === '' || r.carried_into.length > 0;

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
		const kept = (stored[i]?.rows ?? []).filter((r) => !replaced.has(r.code));
		return { month, rows: [...kept, ...added] };
	});
	await Promise.all([
		tables.months.bulkPut(updated),
		tables.carried.bulkPut(rows.filter(carriable)),
		tables.carried.bulkDelete(
			rows.filter((r) => !carriable(r)).map((r): ReportKey => [r.legal_receipt_date, r.code])
		)
	]);
}
