import { sealRows } from './sealed-rows';
import { foldDossier } from '$lib/domain/fold/fold-dossier';
import { clearRows, putRows, rowTables } from './book-rows';
import { toDossierRow } from './dossier-row';
import { parseDossier, parseEvents, eventRange, type Skipped } from '$lib/db/store';
import type { LocalDb } from '$lib/db/store';
import type { ReadModelDb } from './tables';
import { recordSkipped } from './skipped-docs';

const PAGE = 1000;

/**
 * Rebuilds the tracking book from scratch by scanning PouchDB in id order: a page of `dossier:`
 * documents, then the `event:` range spanning those codes in one query (ids sort by code, so one
 * range holds every event of the page; this relies on the codes of one commune having one fixed
 * width, which the TT 01/2018 formatter guarantees). Returns the update sequence the scan started from, so the
 * projector resumes from there and misses nothing written during the scan.
 */
export async function rebuildReadModel(
	local: LocalDb,
	read: ReadModelDb,
	onProgress: ((done: number, total: number) => void) | undefined,
	now: () => string
): Promise<{ dossiers: number; seq: number | string }> {
	const info = await local.info();
	const seq = info.update_seq;
	// The count before clearing is the progress estimate: scanning ids first would cost a pass.
	const total = await read.dossiers.count();
	await read.transaction('rw', [...rowTables(read), read.problems], async () => {
		await clearRows(read);
		await read.problems.clear();
	});
	let done = 0;
	let startkey = 'dossier:';
	let skip = 0;
	for (;;) {
		const page = await local.allDocs({
			startkey,
			endkey: 'dossier:\ufff0',
			include_docs: true,
			limit: PAGE,
			skip
		});
		if (page.rows.length === 0) break;
		const skipped: Skipped[] = [];
		const dossiers = page.rows.map((r) => parseDossier(r, skipped)).filter((d) => d !== undefined);
		const codes = dossiers.map((d) => d.code);
		const first = codes[0];
		const last = codes[codes.length - 1];
		const events =
			first === undefined || last === undefined
				? new Map()
				: parseEvents(
						(
							await local.allDocs({
								startkey: eventRange(first).startkey,
								endkey: eventRange(last).endkey,
								include_docs: true
							})
						).rows,
						skipped
					);
		// Sealed before the transaction: WebCrypto's promises would let IndexedDB commit it early.
		const rows = await sealRows(
			dossiers.map((d) => toDossierRow(foldDossier(d, events.get(d.code) ?? [])))
		);
		await read.transaction('rw', rowTables(read), () => putRows(read, rows));
		await recordSkipped(read, skipped, now());
		done += page.rows.length;
		onProgress?.(done, Math.max(total, done));
		const lastRow = page.rows[page.rows.length - 1];
		if (!lastRow || page.rows.length < PAGE) break;
		startkey = lastRow.id;
		skip = 1;
	}
	return { dossiers: done, seq };
}
