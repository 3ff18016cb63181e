import type { JournalDb, JournalEntry } from './journal';
import type { LocalDb } from './pouch';
import { applyEntry } from './replay';
import { isQuotaError } from './persistence';

/** Why a write did not happen, as a value (DESIGN rule 4): the UI words it in Vietnamese. */
export type StorageFailure =
	{ readonly kind: 'quota' } | { readonly kind: 'unavailable'; readonly detail: string };

export function storageFailure(error: unknown): StorageFailure {
	if (isQuotaError(error)) return { kind: 'quota' };
	return { kind: 'unavailable', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * After the journal committed (the durable point: the receipt may print), writes the documents
 * to PouchDB. A failure here loses nothing: the entry stays pending and is replayed at the next
 * start-up, so it is reported but does not undo the save.
 */
export async function publish(journal: JournalDb, local: LocalDb, entry: JournalEntry) {
	try {
		await applyEntry(journal, local, entry);
		return true;
	} catch {
		return false;
	}
}
