import type { FileToStore } from '$lib/app/commands';
import { checkDossierCap, type MediaPolicy } from '$lib/domain/media';

/** Photos taken during an intake, by document id, not yet stored (they go with the save). */
export type PhotosByDoc = Readonly<Record<string, readonly FileToStore[]>>;

export function allPhotos(photos: PhotosByDoc): FileToStore[] {
	return Object.values(photos).flat();
}

/** Adds one photo if the dossier stays within the cap; otherwise the Vietnamese reason. */
export function withPhoto(
	photos: PhotosByDoc,
	file: FileToStore,
	policy: MediaPolicy
): { ok: true; photos: PhotosByDoc } | { ok: false; message: string } {
	const cap = checkDossierCap(
		allPhotos(photos).map((f) => f.bytes),
		[file.bytes],
		policy
	);
	if (!cap.ok) return { ok: false, message: cap.errors.map((e) => e.message).join(' ') };
	return { ok: true, photos: { ...photos, [file.doc_id]: [...(photos[file.doc_id] ?? []), file] } };
}

export function withoutPhoto(photos: PhotosByDoc, docId: string, index: number): PhotosByDoc {
	return { ...photos, [docId]: (photos[docId] ?? []).filter((_, i) => i !== index) };
}
