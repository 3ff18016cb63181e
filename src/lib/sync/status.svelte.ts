import type { MediaLaneState } from './media-upload';
import type { SyncProblem } from './problems';

export type SyncPhase =
	/** Nobody has logged in on this device yet. */
	| 'off'
	/** Someone logged in before: the password unlocks sync (work goes on meanwhile). */
	| 'locked'
	| 'connecting'
	| 'downloading'
	| 'syncing'
	| 'idle'
	| 'retrying'
	| 'stopped';

/** What everyone sees of the sync, in one place (a rune class, read by the header and /sync). */
class SyncStatus {
	/** Who is logged in for sync, once unlocked. */
	user = $state<string | null>(null);
	phase = $state<SyncPhase>('off');
	/** Local documents written since the last time both directions were caught up. */
	pending = $state(0);
	lastSuccess = $state<string | null>(null);
	problem = $state<SyncProblem | null>(null);
	/** First download progress, n of N. */
	progress = $state<{ done: number; total: number } | null>(null);
	/** Documents the server refused: kept locally, listed on /sync, not retried forever. */
	denied = $state(0);
	/** Server clock minus device clock, from the Date header. */
	clockOffsetMs = $state<number | null>(null);
	/** The media lane: document photos waiting, being sent, failed (issue 9). */
	media = $state<MediaLaneState | null>(null);
	bytesSent = $state(0);
	bytesReceived = $state(0);
}

export const syncStatus = new SyncStatus();
export type { SyncStatus, SyncProblem };
