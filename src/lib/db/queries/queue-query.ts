import { foldQueue, type QueueState } from '$lib/domain/queue/fold';
import { loadQueueDocs } from '$lib/db/store';
import { getRuntime } from '$lib/db/runtime';

/** The queue's folded days `from` … `to` (Vietnam dates), one state per day that has tickets. */
export async function queueDays(from: string, to: string): Promise<QueueState[]> {
	const { commune } = getRuntime();
	if (!commune) return [];
	const { tickets, calls } = await loadQueueDocs(commune, from, to);
	const dates = [...new Set(tickets.map((t) => t.date))].sort();
	return dates.map((date) => foldQueue(date, tickets, calls));
}

export async function queueDay(date: string): Promise<QueueState> {
	return (await queueDays(date, date))[0] ?? foldQueue(date, [], []);
}
