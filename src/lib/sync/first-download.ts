import type { LocalDb } from '$lib/db/store';

/** Where an interrupted first download stands: kept so it resumes instead of starting over. */
export interface DownloadCheckpoint {
	/** The server's update sequence when the download began: live sync continues from there. */
	readonly since: string | number;
	/** The last document id written; the next page starts after it. */
	readonly lastId: string | null;
	readonly done: number;
	readonly total: number;
}

export interface DownloadStore {
	load(): Promise<DownloadCheckpoint | null>;
	save(checkpoint: DownloadCheckpoint): Promise<void>;
}

/** Documents per request: ~1,000 dossier-sized documents make a ~0.5 MB gzip-friendly page. */
const PAGE = 1000;

/**
 * The first download of a commune database: the ids and documents in pages of `_all_docs`
 * (include_docs), each page written with `new_edits: false` so the revisions stay the server's,
 * then live replication starts from the sequence the server had when the download began. Much
 * faster than the replication protocol's per-batch changes/revs_diff/bulk_get rounds, with an
 * n-of-N progress, and it resumes after a cut where it stopped.
 */
export async function firstDownload(
	remote: LocalDb,
	local: LocalDb,
	store: DownloadStore,
	onProgress: (done: number, total: number) => void,
	signal?: AbortSignal
): Promise<DownloadCheckpoint> {
	let checkpoint = await store.load();
	if (!checkpoint) {
		const info = await remote.info();
		checkpoint = { since: info.update_seq, lastId: null, done: 0, total: info.doc_count };
		await store.save(checkpoint);
	}
	onProgress(checkpoint.done, checkpoint.total);
	for (;;) {
		if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
		const page: PouchDB.Core.AllDocsResponse<object> = await remote.allDocs({
			include_docs: true,
			attachments: true,
			limit: PAGE,
			...(checkpoint.lastId === null ? {} : { startkey: checkpoint.lastId, skip: 1 })
		});
		const docs = page.rows
			.map((r) => r.doc)
			.filter((d): d is NonNullable<typeof d> => d !== undefined && !d._id.startsWith('_design/'));
		if (docs.length > 0) {
			await local.bulkDocs(docs as PouchDB.Core.PutDocument<object>[], { new_edits: false });
		}
		const last = page.rows[page.rows.length - 1];
		checkpoint = {
			...checkpoint,
			lastId: last ? last.id : checkpoint.lastId,
			done: checkpoint.done + page.rows.length,
			total: Math.max(checkpoint.total, checkpoint.done + page.rows.length)
		};
		await store.save(checkpoint);
		onProgress(checkpoint.done, checkpoint.total);
		if (page.rows.length < PAGE) return checkpoint;
	}
}
