/**
 * Everything that can stop or slow a sync, as values (DESIGN rule 4). The status screen words
 * each kind in Vietnamese with what to do; nothing raw reaches a person.
 */
export type SyncProblem =
	| { readonly kind: 'offline' }
	| { readonly kind: 'unauthorized' }
	| { readonly kind: 'forbidden' }
	| { readonly kind: 'clock_skew'; readonly minutes: number }
	| { readonly kind: 'denied'; readonly count: number }
	| { readonly kind: 'storage_full' }
	| { readonly kind: 'server'; readonly status: number };

/** Reads a replication or fetch error into a problem. */
export function problemOf(error: unknown): SyncProblem {
	const e = (error ?? {}) as { status?: unknown; name?: unknown; message?: unknown };
	const status = typeof e.status === 'number' ? e.status : 0;
	if (status === 401) return { kind: 'unauthorized' };
	if (status === 403) return { kind: 'forbidden' };
	if (e.name === 'QuotaExceededError' || /quota/i.test(String(e.message ?? ''))) {
		return { kind: 'storage_full' };
	}
	if (status >= 500) return { kind: 'server', status };
	return { kind: 'offline' };
}

/** The clock warning threshold: beyond 10 minutes, dates on receipts would be visibly wrong. */
export const CLOCK_SKEW_LIMIT_MS = 10 * 60 * 1000;
