import type { DossierDoc } from '$lib/domain/schemas/dossier';
import type { AttachmentContentType, AttachmentDoc } from '$lib/domain/schemas/attachment';

/** A file ready to store: already downscaled on the device, its bytes counted. */
export interface PreparedFile {
	readonly doc_id: string;
	readonly content_type: AttachmentContentType;
	readonly bytes: number;
	readonly width: number;
	readonly height: number;
}

export interface AttachContext {
	readonly now: string;
	readonly deviceId: string;
	readonly officer: { readonly id: string; readonly name: string };
}

/**
 * The attachment documents (metadata only; the file travels as the CouchDB attachment) for files
 * added to one dossier. Ids are unique per device and instant, and name the dossier and the
 * document, so `_all_docs` by prefix lists a dossier's images.
 */
export function attachmentDocs(
	dossier: Pick<DossierDoc, 'code' | 'documents_received'>,
	files: readonly PreparedFile[],
	ctx: AttachContext
): AttachmentDoc[] {
	const stamp = ctx.now.replace(/[-:.TZ]/g, '');
	return files.map((f, i) => ({
		_id: `attachment:${dossier.code}:${f.doc_id}:${ctx.deviceId}:${stamp}${String(i).padStart(2, '0')}`,
		type: 'attachment' as const,
		dossier_code: dossier.code,
		doc_id: f.doc_id,
		doc_name: dossier.documents_received.find((d) => d.doc_id === f.doc_id)?.name ?? f.doc_id,
		content_type: f.content_type,
		bytes: f.bytes,
		width: f.width,
		height: f.height,
		created_at: ctx.now,
		device_id: ctx.deviceId,
		officer: { id: ctx.officer.id, name: ctx.officer.name }
	}));
}
