import { dossierCodeByToken } from '$lib/db/queries';
import { parsePublicId } from '$lib/domain/status-lookup/public-id';
import { lookUpStatus, type StatusLookup } from '$lib/sync/status-lookup';

/**
 * The citizen's status lookup and the officer's scanned QR (issue 16), as the screens see them.
 */

export type PublicLookup = StatusLookup | { readonly kind: 'invalid_id' };

/** Looks a public id (or the QR's URL) up upstream, with no login. */
export async function lookupStatus(publicId: string): Promise<PublicLookup> {
	const id = parsePublicId(publicId);
	if (!id) return { kind: 'invalid_id' };
	return lookUpStatus(fetch, location.origin, id, navigator.onLine);
}

export type ScanResult =
	| { readonly kind: 'dossier'; readonly code: string }
	| { readonly kind: 'unknown_qr' }
	| { readonly kind: 'search' };

/**
 * What the book's search box does with a line a USB scanner or the camera gave it: a receipt's
 * QR URL (or public id) opens its dossier when this device holds it; anything else (a dossier
 * code from an old receipt's QR included) is an ordinary search of the book.
 */
export async function resolveScan(text: string): Promise<ScanResult> {
	const id = parsePublicId(text);
	if (id) {
		const code = await dossierCodeByToken(id.token);
		return code ? { kind: 'dossier', code } : { kind: 'unknown_qr' };
	}
	return { kind: 'search' };
}
