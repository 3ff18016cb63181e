import { AttachmentDoc, ATTACHMENT_FILE } from '$lib/domain/schemas/attachment';

/**
 * An upstream unit's device reads the document photos of a dossier transferred to it
 * (một cửa liên thông, issue 17) from the commune's `media-<commune>` database upstream, lazily:
 * when the officer opens the dossier. The list is one `_all_docs` by id range
 * (`attachment:<code>:…`, the ids say whose photos they are); each file is one GET of its
 * attachment. Documents that are not valid attachment documents (bad data upstream) are skipped
 * and reported by id, never shown and never a crash.
 */

export interface MediaListing {
	readonly docs: readonly AttachmentDoc[];
	/** Ids upstream holds under the dossier's prefix that are not valid attachment documents. */
	readonly skipped: readonly string[];
}

interface Row {
	id: string;
	doc?: unknown;
}

const mediaUrl = (base: string, commune: string) => `${base}/media-${commune}`;

function httpError(status: number): Error {
	return Object.assign(new Error(`HTTP ${status}`), { status });
}

/** The attachment documents of dossier `code` in the commune's media database, oldest first. */
export async function listDossierMedia(
	fetcher: typeof fetch,
	base: string,
	auth: string,
	commune: string,
	code: string
): Promise<MediaListing> {
	const q = new URLSearchParams({
		include_docs: 'true',
		startkey: JSON.stringify(`attachment:${code}:`),
		endkey: JSON.stringify(`attachment:${code}:\ufff0`)
	});
	const res = await fetcher(`${mediaUrl(base, commune)}/_all_docs?${q}`, {
		headers: { accept: 'application/json', authorization: auth }
	});
	if (!res.ok) throw httpError(res.status);
	const body = (await res.json()) as { rows?: Row[] };
	const docs: AttachmentDoc[] = [];
	const skipped: string[] = [];
	for (const row of body.rows ?? []) {
		const parsed = AttachmentDoc.safeParse(row.doc);
		if (parsed.success && parsed.data.dossier_code === code) docs.push(parsed.data);
		else skipped.push(row.id);
	}
	docs.sort((a, b) => a.created_at.localeCompare(b.created_at) || a._id.localeCompare(b._id));
	return { docs, skipped };
}

/** The file of one attachment document, checked against the type and size it declares. */
export async function fetchMediaFile(
	fetcher: typeof fetch,
	base: string,
	auth: string,
	commune: string,
	doc: AttachmentDoc
): Promise<Blob> {
	const url = `${mediaUrl(base, commune)}/${encodeURIComponent(doc._id)}/${ATTACHMENT_FILE}`;
	const res = await fetcher(url, { headers: { authorization: auth } });
	if (!res.ok) throw httpError(res.status);
	const bytes = await res.arrayBuffer();
	if (bytes.byteLength !== doc.bytes) {
		throw Object.assign(new Error(`size ${bytes.byteLength} ≠ ${doc.bytes}`), { status: 0 });
	}
	return new Blob([bytes], { type: doc.content_type });
}
