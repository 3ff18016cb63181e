import type { MessageKey, MessageParams } from '$lib/i18n';
import type { SyncProblem } from '$lib/sync/status.svelte';

/** The message key and parameters that word a sync problem for the officer. */
export function problemMessage(p: SyncProblem): { key: MessageKey; params: MessageParams } {
	switch (p.kind) {
		case 'clock_skew':
			return { key: 'sync.problem.clock_skew', params: { minutes: Math.abs(p.minutes) } };
		case 'denied':
			return { key: 'sync.problem.denied', params: { count: p.count } };
		case 'server':
			return { key: 'sync.problem.server', params: { status: p.status } };
		default:
			return { key: `sync.problem.${p.kind}`, params: {} };
	}
}
