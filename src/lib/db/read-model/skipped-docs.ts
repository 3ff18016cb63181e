import type { Skipped } from '$lib/db/store';
import type { ReadModelDb } from './tables';

/** Keeps the documents the projector had to skip, so the status screen can show them. */
export async function recordSkipped(
	read: ReadModelDb,
	skipped: readonly Skipped[],
	at: string
): Promise<void> {
	if (skipped.length === 0) return;
	await read.problems.bulkPut(skipped.map((s) => ({ id: s.id, reason: s.reason, seen_at: at })));
}
