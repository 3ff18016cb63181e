import { CallDoc, TicketDoc } from '$lib/domain/schemas/queue';
import type { Skipped } from './load-dossier';
import type { LocalDb } from './pouch';

/**
 * Reading the queue's documents back from PouchDB for the Vietnam days `from` … `to` (ids sort
 * by day: `ticket:<date>:…`, `call:<date>:…`). Every document is parsed: it may come from
 * another device by replication. One that fails is skipped and listed, never a crash.
 */
export interface QueueDocs {
	readonly tickets: TicketDoc[];
	readonly calls: CallDoc[];
	readonly skipped: Skipped[];
}

function range(prefix: string, from: string, to: string) {
	return { startkey: `${prefix}:${from}`, endkey: `${prefix}:${to}:\ufff0`, include_docs: true };
}

export async function loadQueueDocs(db: LocalDb, from: string, to: string): Promise<QueueDocs> {
	const [ticketRows, callRows] = await Promise.all([
		db.allDocs(range('ticket', from, to)),
		db.allDocs(range('call', from, to))
	]);
	const skipped: Skipped[] = [];
	const parse = <T>(
		rows: readonly { id: string; doc?: unknown }[],
		schema: { safeParse(x: unknown): { success: true; data: T } | { success: false } }
	): T[] =>
		rows.flatMap((row) => {
			const parsed = schema.safeParse(row.doc);
			if (parsed.success) return [parsed.data];
			skipped.push({ id: row.id, reason: 'queue document does not match its schema' });
			return [];
		});
	return {
		tickets: parse(ticketRows.rows, TicketDoc),
		calls: parse(callRows.rows, CallDoc),
		skipped
	};
}
