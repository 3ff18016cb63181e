import { foldQueue, type QueueState } from '$lib/domain/queue/fold';
import { liveBulk, type Live } from './live.svelte';
import { queueDay, queueDays } from './queue-query';
import { dossiersStamp } from './read-queries';

/**
 * The queue of a day, folded from the commune database (the record of truth) and kept current.
 * A queue document written in this tab, in another tab of the device (with no network at all)
 * or brought by replication is seen by the projector that follows that tab's changes feed, which
 * moves its checkpoint in the read model; Dexie tells every tab of the device about that write
 * (BroadcastChannel), and each re-reads the day — the same path an open report follows.
 */

/** Call during component initialisation; `date` is read reactively (the day rolls over). */
export function liveQueue(date: () => string): Live<QueueState> {
	return liveBulk(
		dossiersStamp,
		() => queueDay(date()),
		foldQueue('', [], []),
		() => date()
	);
}

/** The folded days `from` … `to` for the queue report, kept current the same way. */
export function liveQueueDays(range: () => { from: string; to: string }): Live<QueueState[]> {
	return liveBulk(
		dossiersStamp,
		() => queueDays(range().from, range().to),
		[],
		() => range()
	);
}
