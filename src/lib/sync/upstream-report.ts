import { foldDossier } from '$lib/domain/fold';
import { digitisation } from '$lib/domain/media';
import { summarize, type DossierSummary } from '$lib/domain/reports';
import { DossierDoc } from '$lib/domain/schemas/dossier';
import { EventDoc } from '$lib/domain/schemas/events';

/**
 * The upstream adapter of the report source (app/reports/report-source.ts): the upstream office's view reads a commune database over HTTP (CouchDB `_all_docs`, paged,
 * with the upstream account's read access) and folds its documents with the same domain
 * functions the devices use, so the upstream report and each commune's own report agree.
 * Nothing is stored: the summaries live in memory for the report.
 */

export interface Credentials {
	readonly username: string;
	readonly password: string;
}

export type ReadFailure = 'unauthorized' | 'offline' | 'http';

/** How many of a commune's dossiers have every handed-in paper photographed or scanned. */
export interface DigitisedCount {
	readonly complete: number;
	readonly dossiers: number;
	readonly images: number;
}

export type CommuneRead =
	| { ok: true; summaries: DossierSummary[]; skipped: number; digitised: DigitisedCount }
	| { ok: false; reason: ReadFailure; status?: number };

const PAGE = 1000;

interface AllDocsRow {
	id: string;
	doc?: unknown;
}

/** Base64 of a UTF-8 string, in the browser and in Node. */
function base64(s: string): string {
	const bytes = new TextEncoder().encode(s);
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return btoa(bin);
}

/** Every document of `commune-<code>` as `{ id, doc }`, page by page in id order. */
async function allDocs(
	couchBase: string,
	db: string,
	creds: Credentials,
	fetchFn: typeof fetch,
	includeDocs = true
): Promise<{ ok: true; rows: AllDocsRow[] } | { ok: false; reason: ReadFailure; status?: number }> {
	const rows: AllDocsRow[] = [];
	let startkey: string | null = null;
	for (;;) {
		const q = new URLSearchParams({ include_docs: String(includeDocs), limit: String(PAGE) });
		if (startkey !== null) {
			q.set('startkey', JSON.stringify(startkey));
			q.set('skip', '1');
		}
		let res: Response;
		try {
			res = await fetchFn(`${couchBase}/${db}/_all_docs?${q}`, {
				headers: {
					accept: 'application/json',
					authorization: `Basic ${base64(`${creds.username}:${creds.password}`)}`
				}
			});
		} catch {
			return { ok: false, reason: 'offline' };
		}
		if (res.status === 401 || res.status === 403) return { ok: false, reason: 'unauthorized' };
		if (!res.ok) return { ok: false, reason: 'http', status: res.status };
		const page = (await res.json()) as { rows: AllDocsRow[] };
		rows.push(...page.rows);
		const last = page.rows[page.rows.length - 1];
		if (!last || page.rows.length < PAGE) return { ok: true, rows };
		startkey = last.id;
	}
}

/** Folds documents read from a commune database into report summaries (pure). */
export function summariesOf(docs: readonly unknown[]): {
	summaries: DossierSummary[];
	skipped: number;
} {
	const dossiers: DossierDoc[] = [];
	const events = new Map<string, EventDoc[]>();
	let skipped = 0;
	for (const doc of docs) {
		const type = (doc as { type?: unknown } | null)?.type;
		if (type === 'dossier') {
			const d = DossierDoc.safeParse(doc);
			if (d.success) dossiers.push(d.data);
			else skipped += 1;
		} else if (type === 'event') {
			const e = EventDoc.safeParse(doc);
			if (!e.success) {
				skipped += 1;
				continue;
			}
			const list = events.get(e.data.dossier_code) ?? [];
			list.push(e.data);
			events.set(e.data.dossier_code, list);
		}
	}
	return {
		summaries: dossiers.map((d) => summarize(foldDossier(d, events.get(d.code) ?? []))),
		skipped
	};
}

/** Reads and folds one commune's database. */
export async function readCommune(
	couchBase: string,
	commune: string,
	creds: Credentials,
	fetchFn: typeof fetch = fetch
): Promise<CommuneRead> {
	const read = await allDocs(couchBase, `commune-${commune}`, creds, fetchFn);
	if (!read.ok) return read;
	// Ids alone tell which papers have images: `attachment:<dossier code>:<doc id>:…`.
	const media = await allDocs(couchBase, `media-${commune}`, creds, fetchFn, false);
	const docs = read.rows.map((r) => r.doc);
	return {
		ok: true,
		...summariesOf(docs),
		digitised: digitisedCount(docs, media.ok ? media.rows.map((r) => r.id) : [])
	};
}

/** Counts fully digitised dossiers from the records and the ids of the media database (pure). */
export function digitisedCount(
	docs: readonly unknown[],
	mediaIds: readonly string[]
): DigitisedCount {
	const byDossier = new Map<string, { doc_id: string }[]>();
	let images = 0;
	for (const id of mediaIds) {
		const m = /^attachment:(.+):([a-z][a-z0-9_]*):[a-z0-9-]+:\d+$/.exec(id);
		if (!m || !m[1] || !m[2]) continue;
		images += 1;
		const list = byDossier.get(m[1]) ?? [];
		list.push({ doc_id: m[2] });
		byDossier.set(m[1], list);
	}
	let complete = 0;
	let dossiers = 0;
	for (const doc of docs) {
		const d = DossierDoc.safeParse(doc);
		if (!d.success) continue;
		dossiers += 1;
		if (digitisation(d.data, byDossier.get(d.data.code) ?? []).complete) complete += 1;
	}
	return { complete, dossiers, images };
}
