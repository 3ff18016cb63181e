import { vnDateOf } from '$lib/domain/calendar/vn-time';
import { DossierDoc } from '$lib/domain/schemas/dossier';
import { reconcileNumbering } from './counters';
import type { JournalDb } from './journal';
import type { LocalDb } from './pouch';

/**
 * A device holding a freed slot (issue 19) inherits its predecessor's numbers: once its records
 * have come down, its code and tracking-book counters are raised to the highest the slot's
 * dossiers used (never lowered), so the book's volume k+1 carries on after the old holder's
 * entries instead of starting at 1 again. Codes are safe already (a freed slot mints from the
 * day after the revocation); this covers the book, which runs by year. Documents that do not
 * parse as dossiers are skipped.
 */
export async function inheritNumbering(
	journal: JournalDb,
	records: LocalDb,
	slot: number
): Promise<number> {
	const all = await records.allDocs({
		startkey: 'dossier:',
		endkey: 'dossier:\ufff0',
		include_docs: true
	});
	const dossiers = all.rows
		.map((r) => DossierDoc.safeParse(r.doc))
		.flatMap((p) => (p.success ? [p.data] : []));
	await reconcileNumbering(journal, dossiers, slot, vnDateOf);
	return dossiers.length;
}
