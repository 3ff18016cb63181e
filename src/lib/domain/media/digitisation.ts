import type { DossierDoc } from '$lib/domain/schemas/dossier';

export interface Digitisation {
	/** Documents handed in (the intake's `documents_received`). */
	readonly documents: number;
	/** Of those, how many have at least one image or scan. */
	readonly digitised: number;
	readonly complete: boolean;
	readonly missing: readonly string[];
}

/**
 * How far a dossier is digitised: every document handed in photographed or scanned at least
 * once (the national rules reward fully digitised dossiers).
 */
export function digitisation(
	dossier: Pick<DossierDoc, 'documents_received'>,
	attachments: readonly { readonly doc_id: string }[]
): Digitisation {
	const have = new Set(attachments.map((a) => a.doc_id));
	const missing = dossier.documents_received.filter((d) => !have.has(d.doc_id)).map((d) => d.name);
	const documents = dossier.documents_received.length;
	return {
		documents,
		digitised: documents - missing.length,
		complete: documents > 0 && missing.length === 0,
		missing
	};
}
