import { vnDateOf } from '$lib/domain/calendar/vn-time';
import Dexie from 'dexie';
import { openPhotoBlob, type PhotoRow } from '$lib/db/store';
import {
	mediaUsage,
	photosOf,
	uploadBacklog,
	type MediaUsage,
	type UploadBacklog
} from '$lib/db/media';
import { openRows, type DossierRow } from '$lib/db/read-model';
import { getRuntime } from '$lib/db/runtime';

export type { PhotoRow, MediaUsage, UploadBacklog };

/** The photos and scans of one dossier kept on this device, oldest first (read with `live`). */
export async function dossierPhotos(code: string): Promise<PhotoRow[]> {
	const rows = await photosOf(getRuntime().journal, code);
	// Opened for the screen only (issue 19); through Dexie.waitFor so `live` keeps observing.
	return Dexie.waitFor(
		Promise.all(rows.map(async (r) => ({ ...r, blob: await openPhotoBlob(r).catch(() => null) })))
	);
}

/** Which of `codes` are closed (returned, refused, stopped) in the tracking book. */
async function closedOf(codes: string[]): Promise<Set<string>> {
	const rows = await getRuntime().read.dossiers.bulkGet(codes);
	return new Set(rows.filter((r) => r && r.open === 0).map((r) => (r as DossierRow).code));
}

/** What photos weigh on this device and how much may be freed. */
export async function photoUsage(): Promise<MediaUsage> {
	return mediaUsage(getRuntime().journal, closedOf);
}

/** Photos still to upload. */
export async function photoBacklog(): Promise<UploadBacklog> {
	return uploadBacklog(getRuntime().journal);
}

/**
 * Dossiers this device took today by mobile intake (the village list on a phone), newest first.
 * A device writes its own tracking-book volume (slot + 1), so the volume tells its dossiers from
 * those other devices of the commune synced in.
 */
export async function mobileIntakeToday(now: string, slot: number | null): Promise<DossierRow[]> {
	if (slot === null) return [];
	const today = vnDateOf(now);
	const rows = await getRuntime()
		.read.dossiers.where('legal_receipt_date')
		.aboveOrEqual(today)
		.filter(
			(r) =>
				r.channel === 'mobile' && r.book_volume === slot + 1 && vnDateOf(r.received_at) === today
		)
		.toArray();
	return openRows(rows.sort((a, b) => b.received_at.localeCompare(a.received_at)));
}
