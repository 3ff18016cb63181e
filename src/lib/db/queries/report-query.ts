import { monthsOf } from '$lib/domain/reports/period';
import type { ReportRow } from '$lib/domain/reports/summary';
import { reportTables } from '$lib/db/read-model';
import type { ReadModelDb } from '$lib/db/read-model';
import { unpackReportRow } from '$lib/db/read-model';
import type { ReportKey } from '$lib/db/read-model';

/**
 * The rows a report over the Vietnam dates `from` … `to` can need: every row received in the
 * whole months the range touches (36 ten-day chunks for a year, one request), and the rows
 * carried into the first of those months — still open, or closed, returned or rated after its
 * first day — found by key in the carried table. Rows of the first and last months that fall
 * outside the range, and carried rows with nothing in it, come along; `place` leaves them out.
 */
export async function reportRows(
	read: ReadModelDb,
	from: string,
	to: string
): Promise<ReportRow[]> {
	const { chunks, carried } = reportTables(read);
	const months = monthsOf({ from, to });
	const firstMonth = months[0] ?? from.slice(0, 7);
	const lastMonth = months[months.length - 1] ?? to.slice(0, 7);
	const first = `${firstMonth}-01`;
	return read.transaction('r', chunks, carried, async () => {
		const [records, across, open] = await Promise.all([
			chunks.where(':id').between(`${firstMonth}-1`, `${lastMonth}-3`, true, true).toArray(),
			carried.where('carried_into').equals(first).primaryKeys(),
			// Open rows (no closing instant) received before the first month; those received in
			// the months read are among their chunks' rows already.
			carried
				.where('[closed_at+legal_receipt_date]')
				.between(['', ''], ['', first], true, false)
				.primaryKeys()
		]);
		const before = [...across, ...open];
		const rows: ReportRow[] = [];
		for (const record of records) for (const r of record.rows) rows.push(unpackReportRow(r));
		for (const r of await carried.bulkGet(before as ReportKey[])) if (r) rows.push(r);
		return rows;
	});
}
