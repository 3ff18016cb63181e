import { foldDossier } from '$lib/domain/fold/fold-dossier';
import type { DossierState } from '$lib/domain/fold/state';
import { DossierDoc } from '$lib/domain/schemas/dossier';
import { EventDoc } from '$lib/domain/schemas/events';
import type { LocalDb } from './pouch';

/**
 * Reading dossiers back from PouchDB. Every document is parsed on the way in: documents arrive by
 * replication from other devices and upstream, so they are untrusted input (DESIGN rule 2). A
 * document that fails is skipped and reported, never a crash.
 */

export interface Skipped {
	readonly id: string;
	readonly reason: string;
}

export interface Loaded {
	readonly states: DossierState[];
	readonly skipped: Skipped[];
}

type AnyRow = { id: string; doc?: unknown; value?: { deleted?: boolean } };

/** The `event:` id range of one dossier. */
export function eventRange(code: string): { startkey: string; endkey: string } {
	return { startkey: `event:${code}:`, endkey: `event:${code}:\ufff0` };
}

function reasonOf(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
	return error.issues
		.slice(0, 3)
		.map((i) => `${i.path.map(String).join('.') || '(doc)'}: ${i.message}`)
		.join('; ');
}

export function parseEvents(rows: readonly AnyRow[], skipped: Skipped[]): Map<string, EventDoc[]> {
	const byCode = new Map<string, EventDoc[]>();
	for (const row of rows) {
		if (!row.doc) continue;
		const parsed = EventDoc.safeParse(row.doc);
		if (!parsed.success) {
			skipped.push({ id: row.id, reason: reasonOf(parsed.error) });
			continue;
		}
		const list = byCode.get(parsed.data.dossier_code) ?? [];
		list.push(parsed.data);
		byCode.set(parsed.data.dossier_code, list);
	}
	return byCode;
}

export function parseDossier(row: AnyRow, skipped: Skipped[]): DossierDoc | undefined {
	if (!row.doc) return undefined;
	const parsed = DossierDoc.safeParse(row.doc);
	if (parsed.success) return parsed.data;
	skipped.push({ id: row.id, reason: reasonOf(parsed.error) });
	return undefined;
}

/** Folds the dossiers with these codes (missing ones, e.g. events that came first, are left out). */
export async function loadStates(db: LocalDb, codes: readonly string[]): Promise<Loaded> {
	const skipped: Skipped[] = [];
	if (codes.length === 0) return { states: [], skipped };
	const dossierRows = await db.allDocs({
		keys: codes.map((c) => `dossier:${c}`),
		include_docs: true
	});
	const eventLists = await Promise.all(
		codes.map((code) => db.allDocs({ ...eventRange(code), include_docs: true }))
	);
	const states: DossierState[] = [];
	codes.forEach((code, i) => {
		const row = dossierRows.rows[i] as AnyRow | undefined;
		const dossier = row ? parseDossier(row, skipped) : undefined;
		if (!dossier) return;
		const events = parseEvents(eventLists[i]?.rows ?? [], skipped).get(code) ?? [];
		states.push(foldDossier(dossier, events));
	});
	return { states, skipped };
}

/** The folded state of one dossier, or `undefined` when this device does not hold it. */
export async function loadState(db: LocalDb, code: string): Promise<DossierState | undefined> {
	const { states } = await loadStates(db, [code]);
	return states[0];
}
