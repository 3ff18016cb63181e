import type { LocalDb } from '$lib/db/store';

/**
 * The device side of a revocation (issue 19). The upstream office revokes a device with
 * `npm run devices -- revoke` (server/devices/revoke-device.js): from then on the server refuses
 * every new document naming the device, and `revocation:<commune>:<device>` tells the device.
 * It learns it at its next contact in any of three ways: a direct read when its sync starts, the
 * document itself arriving in the pull, or a refused write whose reason says "revoked".
 */

export interface RevocationNotice {
	readonly device_id: string;
	readonly revoked_at: string;
	readonly reason?: string;
}

export const revocationId = (commune: string, deviceId: string) =>
	`revocation:${commune}:${deviceId}`;

/** The revocation of this device upstream, or null (not revoked, or upstream unreachable). */
export async function fetchRevocation(
	remote: LocalDb,
	commune: string,
	deviceId: string
): Promise<RevocationNotice | null> {
	try {
		const doc = await remote.get<RevocationNotice & { type?: string }>(
			revocationId(commune, deviceId)
		);
		return doc.type === 'revocation' && doc.device_id === deviceId ? doc : null;
	} catch {
		return null;
	}
}

/** A refused write that names a revocation (validate-commune.js's reason). */
export const isRevokedReason = (reason: string) => /revoked/i.test(reason);

/**
 * Calls `onRevoked` when this device's revocation document lands in the local database (pulled
 * by the live sync). The feed only says that it came: the document is read through `get`, which
 * opens what the records database stores sealed (issue 19; the feed's own documents are not
 * opened). Returns the cancel function.
 */
export function watchRevocation(
	local: LocalDb,
	commune: string,
	deviceId: string,
	onRevoked: (notice: RevocationNotice) => void
): () => void {
	const id = revocationId(commune, deviceId);
	const feed = local.changes({ since: 'now', live: true, doc_ids: [id] }).on('change', () => {
		void local
			.get<RevocationNotice & { type?: string }>(id)
			.then((doc) => {
				if (doc.type === 'revocation' && doc.device_id === deviceId) onRevoked(doc);
			})
			.catch(() => undefined);
	});
	return () => feed.cancel();
}
