import type { LocalDb } from '$lib/db/store/pouch';

/** What a drill must end with: zero of each, on every device and on the server. */
export interface Verdict {
	readonly documents: number;
	/** Documents some replica has and another lacks. */
	readonly lost: number;
	/** Two event documents recording the same act (same dossier, kind, device, sequence). */
	readonly duplicated: number;
	/** One id with different winning revisions, or a replica holding conflicts. */
	readonly diverged: number;
}

async function snapshot(db: LocalDb) {
	const all = await db.allDocs({ include_docs: true, conflicts: true });
	const docs = new Map<string, { rev: string; doc: Record<string, unknown> }>();
	let conflicts = 0;
	for (const row of all.rows) {
		if (row.id.startsWith('_design/') || !row.doc) continue;
		const doc = row.doc as unknown as Record<string, unknown>;
		if (Array.isArray(doc._conflicts) && doc._conflicts.length > 0) conflicts += 1;
		docs.set(row.id, { rev: row.value.rev, doc });
	}
	return { docs, conflicts };
}

/** Compares every document of every replica (the server's commune database included). */
export async function compareReplicas(replicas: readonly LocalDb[]): Promise<Verdict> {
	const snaps = await Promise.all(replicas.map(snapshot));
	const ids = new Set<string>();
	for (const s of snaps) for (const id of s.docs.keys()) ids.add(id);
	let lost = 0;
	let diverged = snaps.reduce((n, s) => n + s.conflicts, 0);
	for (const id of ids) {
		const revs = snaps.map((s) => s.docs.get(id)?.rev);
		lost += revs.filter((r) => r === undefined).length;
		if (new Set(revs.filter((r) => r !== undefined)).size > 1) diverged += 1;
	}
	const acts = new Map<string, number>();
	for (const { doc } of snaps[0]?.docs.values() ?? []) {
		if (doc.type !== 'event') continue;
		const key = `${String(doc.dossier_code)}|${String(doc.kind)}|${String(doc.device_id)}|${String(doc.seq)}`;
		acts.set(key, (acts.get(key) ?? 0) + 1);
	}
	const duplicated = [...acts.values()].filter((n) => n > 1).length;
	return { documents: ids.size, lost, duplicated, diverged };
}
