import { heldFiles, keepFetched } from '$lib/db/media';
import { getRuntime } from '$lib/db/runtime';
import { fetchMediaFile, listDossierMedia } from '$lib/sync/media-fetch';
import { liaisonUpstream } from '$lib/app/sync';

/**
 * What opening a transferred dossier on an upstream unit's device did about its photos
 * (issue 17): `fetched` new files now on the device, `failed` files it could not get this time,
 * `skipped` documents upstream that are not valid photos; `offline` when upstream could not be
 * asked at all (no link, or not signed in yet): the photos fetched before still show.
 */
export type UnitPhotosOutcome =
	| {
			readonly kind: 'done';
			readonly fetched: number;
			readonly failed: number;
			readonly skipped: number;
	  }
	| { readonly kind: 'offline' }
	| { readonly kind: 'not_unit' };

/**
 * Fetches the photos of dossier `code` of `commune` the device does not hold yet, one file at a
 * time, each kept as soon as it arrives (a cut halfway keeps what came).
 */
export async function fetchUnitPhotos(code: string, commune: string): Promise<UnitPhotosOutcome> {
	const rt = getRuntime();
	if (!rt.device.upstream_unit) return { kind: 'not_unit' };
	const up = liaisonUpstream();
	if (!up) return { kind: 'offline' };
	let listing;
	try {
		listing = await listDossierMedia(up.fetch, up.base, up.auth, commune, code);
	} catch {
		return { kind: 'offline' };
	}
	const held = await heldFiles(
		rt.journal,
		listing.docs.map((d) => d._id)
	);
	let fetched = 0;
	let failed = 0;
	for (const doc of listing.docs) {
		if (held.has(doc._id)) continue;
		try {
			const blob = await fetchMediaFile(up.fetch, up.base, up.auth, commune, doc);
			await keepFetched(rt.journal, `media-${commune}`, doc, blob, new Date().toISOString());
			fetched += 1;
		} catch {
			failed += 1;
		}
	}
	if (listing.skipped.length > 0) {
		const at = new Date().toISOString();
		await rt.read.problems.bulkPut(
			listing.skipped.map((id) => ({
				id,
				reason: 'media: not a valid photo document',
				seen_at: at
			}))
		);
	}
	return { kind: 'done', fetched, failed, skipped: listing.skipped.length };
}
