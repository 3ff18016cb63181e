import type { JournalDb, PhotoRow } from '$lib/db/store';

/**
 * The device's document photos (issue 9): added with an intake or later from the dossier page
 * (app/dossier/intake.ts, app/media/attach-files.ts), uploaded by the media lane after the records, freed once upstream holds them.
 */

/** The rows of one dossier, oldest first. */
export async function photosOf(journal: JournalDb, code: string): Promise<PhotoRow[]> {
	const rows = await journal.photos.where('dossier_code').equals(code).toArray();
	return rows.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
}

/** The next photo due for upload (never before its back-off ends), oldest first. */
export async function nextDue(
	journal: JournalDb,
	db: string,
	now: string
): Promise<PhotoRow | undefined> {
	const due = await journal.photos
		.where('[state+next_try_at]')
		.between(['pending', ''], ['pending', now], true, true)
		.filter((r) => r.db === db)
		.toArray();
	return due.sort((a, b) => a.created_at.localeCompare(b.created_at))[0];
}

/** When the earliest photo in back-off becomes due again, or null. */
export async function earliestRetry(journal: JournalDb, db: string): Promise<string | null> {
	const waiting = await journal.photos
		.where('[state+next_try_at]')
		.between(['pending', '\u0001'], ['pending', '\uffff'])
		.filter((r) => r.db === db)
		.first();
	return waiting?.next_try_at ?? null;
}

export async function markUploaded(journal: JournalDb, id: string, at: string): Promise<void> {
	await journal.photos.update(id, { state: 'uploaded', uploaded_at: at, last_error: null });
}

export async function markFailed(
	journal: JournalDb,
	id: string,
	retryAt: string,
	error: string
): Promise<void> {
	await journal.transaction('rw', journal.photos, async () => {
		const row = await journal.photos.get(id);
		if (!row || row.state !== 'pending') return;
		await journal.photos.update(id, {
			tries: row.tries + 1,
			next_try_at: retryAt,
			last_error: error
		});
	});
}

export interface UploadBacklog {
	readonly count: number;
	readonly bytes: number;
	readonly failed: number;
}

export async function uploadBacklog(journal: JournalDb, db?: string): Promise<UploadBacklog> {
	let count = 0;
	let bytes = 0;
	let failed = 0;
	await journal.photos
		.where('[state+next_try_at]')
		.between(['pending', ''], ['pending', '\uffff'], true, true)
		.each((r) => {
			if (db !== undefined && r.db !== db) return;
			count += 1;
			bytes += r.bytes;
			if (r.tries > 0) failed += 1;
		});
	return { count, bytes, failed };
}

export interface MediaUsage {
	readonly count: number;
	readonly bytes: number;
	/**
	 * Files of closed dossiers "Giải phóng ảnh cũ" may remove: uploaded ones (once upstream
	 * confirms them) and, on an upstream unit's device, `copy`: photos fetched from upstream
	 * (issue 17), fetched again if the dossier is opened later.
	 */
	readonly droppable: readonly {
		readonly id: string;
		readonly db: string;
		readonly bytes: number;
		readonly copy: boolean;
	}[];
}

/** What photos weigh on this device, and which may be dropped (`isClosed` from the read model). */
export async function mediaUsage(
	journal: JournalDb,
	isClosed: (codes: string[]) => Promise<Set<string>>
): Promise<MediaUsage> {
	const kept = await journal.photos.filter((r) => r.blob !== null).toArray();
	const upstream = kept.filter((r) => r.state === 'uploaded' || r.state === 'fetched');
	const closed = await isClosed([...new Set(upstream.map((r) => r.dossier_code))]);
	return {
		count: kept.length,
		bytes: kept.reduce((a, r) => a + r.bytes, 0),
		droppable: upstream
			.filter((r) => closed.has(r.dossier_code))
			.map((r) => ({ id: r.id, db: r.db, bytes: r.bytes, copy: r.state === 'fetched' }))
	};
}

/**
 * Removes the local files of `ids` (upstream confirmed them); the rows and records stay. A
 * fetched copy (issue 17) goes with its row: it is upstream's, and opening the dossier online
 * fetches it again.
 */
export async function dropFiles(journal: JournalDb, ids: readonly string[]): Promise<number> {
	let freed = 0;
	await journal.transaction('rw', journal.photos, async () => {
		for (const id of ids) {
			const row = await journal.photos.get(id);
			if (!row || row.blob === null) continue;
			if (row.state === 'fetched') await journal.photos.delete(id);
			else if (row.state === 'uploaded')
				await journal.photos.update(id, { blob: null, state: 'dropped' });
			else continue;
			freed += row.bytes;
		}
	});
	return freed;
}
