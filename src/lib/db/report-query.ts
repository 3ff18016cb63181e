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
	const [received, closed, running] = await read.transaction('r', read.dossiers, () =>
		Promise.all([
			read.dossiers.where('legal_receipt_date').between(from, to, true, true).toArray(),
			read.dossiers.where('closed_at').aboveOrEqual(start).toArray(),
			read.dossiers.where('[in_progress+overdue_at]').between([1, ''], [1, '\uffff']).toArray()
		])
	);
	const rows = new Map<string, DossierRow>();
	for (const r of [...received, ...closed, ...running]) {
		if (r.legal_receipt_date <= to) rows.set(r.code, r);
	}
	return [...rows.values()];
}
