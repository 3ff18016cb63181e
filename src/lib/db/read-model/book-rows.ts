import { reportRow } from '$lib/domain/reports/summary';
import type { DossierRow, ReadModelDb } from './tables';
import { writeReportRows, type ReportTables } from './report-chunks';
import { searchRow } from './search-keys';

/**
 * Every dossier has three lines in the read model: its tracking-book line, the lean report row
 * and the search-index line made from it. They are only ever written and cleared together, here, inside a transaction
 * over all the tables (`rowTables`), so a report never disagrees with the book.
 */
export const rowTables = (read: ReadModelDb) =>
	[read.dossiers, read.reportChunks, read.reportCarried, read.search] as const;

export const reportTables = (read: ReadModelDb): ReportTables => ({
	chunks: read.reportChunks,
	carried: read.reportCarried
});

export async function putRows(read: ReadModelDb, rows: readonly DossierRow[]): Promise<void> {
	await Promise.all([
		read.dossiers.bulkPut([...rows]),
		read.search.bulkPut(rows.map(searchRow)),
		writeReportRows(reportTables(read), rows.map(reportRow))
	]);
}

export async function clearRows(read: ReadModelDb): Promise<void> {
	await Promise.all(rowTables(read).map((t) => t.clear()));
}
