import type { AttachmentDoc } from '$lib/domain/schemas/attachment';
import type { JournalDb, PhotoRow } from '$lib/db/store';

/**
 * Photos an upstream unit's device fetched for a dossier transferred to it (issue 17), kept in
 * the same journal table as the commune's own photos, so the dossier page, the full view and the
 * printable page show them unchanged, offline too. Their state is `fetched`: they came from
 * upstream and never go back (the media lane sends only `pending` rows).
 */

/** The ids among `ids` this device already holds a file for. */
export async function heldFiles(journal: JournalDb, ids: readonly string[]): Promise<Set<string>> {
	const rows = await journal.photos.bulkGet([...ids]);
	return new Set(rows.filter((r) => r && r.blob !== null).map((r) => (r as PhotoRow).id));
}

/** Keeps one fetched file; a row the device already has with its file is left alone. */
export async function keepFetched(
	journal: JournalDb,
	db: string,
	doc: AttachmentDoc,
	blob: Blob,
	at: string
): Promise<void> {
	await journal.transaction('rw', journal.photos, async () => {
		const have = await journal.photos.get(doc._id);
		if (have?.blob) return;
		const plain: Record<string, unknown> = { ...doc };
		delete plain._rev;
		await journal.photos.put({
			id: doc._id,
			db,
			dossier_code: doc.dossier_code,
			doc: plain,
			bytes: doc.bytes,
			content_type: doc.content_type,
			blob,
			state: 'fetched',
			created_at: doc.created_at,
			uploaded_at: at,
			tries: 0,
			next_try_at: '',
			last_error: null
		});
	});
}
