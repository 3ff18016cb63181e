import { LockedError, openBytes, sealBytes, vault } from '$lib/crypto';
import type { PhotoRow } from './journal';

/**
 * Document photos at rest (issue 19): the file is kept as AES-GCM bytes (IV, ciphertext, tag)
 * bound to the photo's id, never as a JPEG or PDF IndexedDB could hand to anyone. It is opened
 * for the screen (an object URL of the plain bytes) and for the upload, which sends the plain
 * file upstream as the attachment.
 */
export async function sealPhotoRow(row: PhotoRow): Promise<PhotoRow> {
	if (!row.blob || row.sealed) return row;
	const keys = vault.keysOrPlain();
	if (!keys) return row;
	const bytes = new Uint8Array(await row.blob.arrayBuffer());
	const sealed = await sealBytes(keys.seal, bytes, `photo:${row.id}`);
	return { ...row, blob: new Blob([sealed], { type: 'application/octet-stream' }), sealed: true };
}

export const sealPhotoRows = (rows: readonly PhotoRow[]): Promise<PhotoRow[]> =>
	Promise.all(rows.map(sealPhotoRow));

/** The plain file of a row (null when dropped or unreadable); throws `LockedError` when locked. */
export async function openPhotoBlob(row: PhotoRow): Promise<Blob | null> {
	if (!row.blob || !row.sealed) return row.blob;
	const keys = vault.keys;
	if (!keys) throw new LockedError();
	const plain = await openBytes(
		keys.seal,
		new Uint8Array(await row.blob.arrayBuffer()),
		`photo:${row.id}`
	);
	return plain ? new Blob([plain], { type: row.content_type }) : null;
}
