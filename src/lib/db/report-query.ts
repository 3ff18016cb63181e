import { monthsOf } from '../domain/reports/period';
import type { ReportRow } from '../domain/reports/summary';
import { reportTables } from './book-rows';
import type { ReadModelDb } from './read-model';
import { unpackReportRow } from './report-pack';
import type { ReportKey } from './report-store';

/**
 * The rows a report over the Vietnam dates `from` … `to` can need: every row received in the
 * months the range touches (one record per month), and the rows carried into the first of
 * those months — still open, or closed after having been open across its first day — found by
 * key in the carried table. Rows of the range's first and last months that fall outside it, and
 * carried rows closed before `from`, come along; the domain's `place` leaves them out.
 */
export async function reportRows(
	read: ReadModelDb,
	from: string,
	to: string
): Promise<ReportRow[]> {
	const { months, carried } = reportTables(read);
	const keys = monthsOf({ from, to });
	const first = `${keys[0] ?? from.slice(0, 7)}-01`;
	return read.transaction('r', months, carried, async () => {
		const [records, across, open] = await Promise.all([
			months.bulkGet(keys),
			carried.where('carried_into').equals(first).primaryKeys(),
			carried.where('closed_at').equals('').primaryKeys()
		]);
		// Open rows received in the months read are already among their month's rows.
		const before = [...across, ...open.filter(([received]) => received < first)];
		const rows: ReportRow[] = [];
		for (const record of records)
			if (record) for (const r of record.rows) rows.push(unpackReportRow(r));
		for (const r of await carried.bulkGet(before as ReportKey[])) if (r) rows.push(r);
		return rows;
	});
}
