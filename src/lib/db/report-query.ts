import { periodBounds } from '../domain/reports/period';
import type { DossierRow, ReadModelDb } from './read-model';

/**
 * The rows a report over the Vietnam dates `from` … `to` can need, read through three indexes
 * and merged by code: received in the range (`legal_receipt_date`), closed on or after its start
 * (`closed_at`: carried over, or ended during it), and still in progress (`[in_progress+…]`).
 * Rows received after `to` are dropped; the domain's `place` sorts out the rest.
 */
export async function reportRows(
	read: ReadModelDb,
	from: string,
	to: string
): Promise<DossierRow[]> {
	const { start } = periodBounds({ from, to });
	return read.transaction('r', read.dossiers, async () => {
		// Only the received rows are read whole. The other indexes give keys (no row is
		// deserialised): of the closed or running dossiers, only those received before the period
		// (carried over) are fetched; those received after it are ruled out by key, not read.
		const [received, closed, running, later] = await Promise.all([
			read.dossiers.where('legal_receipt_date').between(from, to, true, true).toArray(),
			read.dossiers.where('closed_at').aboveOrEqual(start).primaryKeys(),
			read.dossiers.where('[in_progress+overdue_at]').between([1, ''], [1, '\uffff']).primaryKeys(),
			read.dossiers.where('legal_receipt_date').above(to).primaryKeys()
		]);
		const skip = new Set([...received.map((r) => r.code), ...later]);
		const carried = [...new Set([...closed, ...running])].filter((code) => !skip.has(code));
		const others = await read.dossiers.bulkGet(carried);
		const rows = [...received];
		for (const r of others) if (r && r.legal_receipt_date < from) rows.push(r);
		return rows;
	});
}
