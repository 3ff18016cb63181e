import type { JournalDb, JournalEntry } from './journal';
import type { LocalDb } from './pouch';

/**
 * Writes a journal entry's documents to PouchDB and marks it applied. Idempotent: documents
 * PouchDB already holds (a conflict on their id) count as written, because journalled documents
 * are written once and never changed.
 */
export async function applyEntry(journal: JournalDb, local: LocalDb, entry: JournalEntry) {
	const results = await local.bulkDocs(
		entry.docs.map((d) => ({ ...d })) as PouchDB.Core.PutDocument<object>[]
	);
	const failed = results.filter(
		(r) => 'error' in r && r.error && (r as PouchDB.Core.Error).status !== 409
	);
	if (failed.length > 0) {
		throw new Error(`PouchDB refused journalled documents: ${JSON.stringify(failed)}`);
	}
	await journal.entries.update(entry.id, { applied: 1 });
}

/**
 * Start-up repair: every journal entry not yet marked applied is written to PouchDB. This is what
 * makes an intake that reached the journal (strict durability) survive a power cut that lost the
 * relaxed PouchDB write.
 */
export async function replayJournal(journal: JournalDb, local: LocalDb): Promise<number> {
	const pending = await journal.entries.where({ applied: 0, db: local.name }).toArray();
	for (const entry of pending) await applyEntry(journal, local, entry);
	return pending.length;
}
