import { getRuntime, recordsDbName } from '$lib/db/runtime';
import { knownDatabaseNames, wipeDatabases } from '$lib/db/wipe';
import type { LocalDb } from '$lib/db/store';
import { clearStorageLeavingNotice, dropDataCaches } from '$lib/pwa/revoked-notice';
import { fetchRevocation, type RevocationNotice } from '$lib/sync/revocation';

/**
 * A revoked device (issue 19) stops syncing and wipes its local data: records, read model,
 * journal (the device id, slot and login verifier with it), photos, drafts and data caches;
 * then it reloads as a new, unenrolled device that shows the notice. What it had not pushed is
 * lost by design: upstream refuses every write of a revoked device (docs/SERVER.md §4).
 */

let wiping: Promise<void> | null = null;

/** Wipes once, however many signals arrive; `stopLanes` stops every sync lane first. */
export function applyRevocation(
	notice: RevocationNotice,
	unsent: number,
	stopLanes: () => Promise<void>
): Promise<void> {
	wiping ??= (async () => {
		await stopLanes();
		const rt = getRuntime();
		await wipeDatabases(knownDatabaseNames(recordsDbName(rt.device)));
		await dropDataCaches();
		clearStorageLeavingNotice({
			revoked_at: notice.revoked_at,
			wiped_at: new Date().toISOString(),
			unsent
		});
		location.reload();
	})();
	return wiping;
}

/** Asks upstream whether this device is revoked (null when not, or unreachable). */
export async function revocationOf(remote: LocalDb): Promise<RevocationNotice | null> {
	const { device } = getRuntime();
	if (!device.commune_code) return null;
	return fetchRevocation(remote, device.commune_code, device.device_id);
}
