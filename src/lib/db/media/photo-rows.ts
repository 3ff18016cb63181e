import { attachmentDocs, type AttachContext, type PreparedFile } from '$lib/domain/media';
import type { DossierDoc } from '$lib/domain/schemas/dossier';
import type { PhotoRow } from '$lib/db/store';

/** A file prepared on the device (downscaled, counted) with its bytes. */
export interface FileToStore extends PreparedFile {
	readonly blob: Blob;
}

/** The journal rows for files added to one dossier: each its attachment document plus the file. */
export function photoRows(
	dossier: Pick<DossierDoc, 'code' | 'documents_received'>,
	files: readonly FileToStore[],
	ctx: AttachContext,
	db: string
): PhotoRow[] {
	const docs = attachmentDocs(dossier, files, ctx);
	return docs.map((doc, i) => ({
		id: doc._id,
		db,
		dossier_code: dossier.code,
		doc: { ...doc },
		bytes: doc.bytes,
		content_type: doc.content_type,
		blob: files[i]?.blob ?? null,
		state: 'pending',
		created_at: ctx.now,
		uploaded_at: null,
		tries: 0,
		next_try_at: '',
		last_error: null
	}));
}
