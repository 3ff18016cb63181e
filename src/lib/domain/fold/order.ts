import type { EventDoc } from '$lib/domain/schemas/events';
import { canonicalJson } from './canonical';
import type { Flag } from './state';

/** Fold order (DESIGN.md "Documents"): clock reading, then device id, then sequence, then id. */
export function compareEvents(a: EventDoc, b: EventDoc): number {
	return cmp(a.hlc, b.hlc) || cmp(a.device_id, b.device_id) || a.seq - b.seq || cmp(a._id, b._id);
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export interface Prepared {
	readonly events: readonly EventDoc[];
	readonly flags: readonly Flag[];
}

/**
 * The events of dossier `code`, each id once, in fold order; the same result for any order of
 * arrival. Replication replays deliver the same document twice (merged silently); two different
 * documents under one id, or events of another dossier, are flagged. Of two different documents
 * with one id the smallest canonical JSON is kept, so every device keeps the same one. `_rev` is
 * storage metadata that differs between replicas of one document: the fold drops it.
 */
export function prepareEvents(code: string, events: readonly EventDoc[]): Prepared {
	const strays = new Set<string>();
	const byId = new Map<string, { doc: EventDoc; text: string; conflict: boolean }>();
	for (const e of events) {
		if (e.dossier_code !== code) {
			strays.add(e._id);
			continue;
		}
		const doc = withoutRev(e);
		const text = canonicalJson(doc);
		const seen = byId.get(e._id);
		if (seen === undefined) byId.set(e._id, { doc, text, conflict: false });
		else if (seen.text !== text) {
			byId.set(
				e._id,
				text < seen.text ? { doc, text, conflict: true } : { ...seen, conflict: true }
			);
		}
	}
	const flags: Flag[] = [...strays].map((id) => ({
		code: 'other_dossier',
		event_id: id,
		applied: false
	}));
	for (const { doc, conflict } of byId.values()) {
		if (conflict) flags.push({ code: 'conflicting_duplicate', event_id: doc._id, applied: true });
	}
	flags.sort((a, b) => cmp(a.code, b.code) || cmp(a.event_id, b.event_id));
	return {
		events: [...byId.values()].map((x) => x.doc).sort(compareEvents),
		flags
	};
}

function withoutRev(e: EventDoc): EventDoc {
	if (e._rev === undefined) return e;
	const copy = { ...e };
	delete copy._rev;
	return copy;
}
