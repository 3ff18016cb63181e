import type { DossierState, Transfer } from './state';

/**
 * The inter-level one-stop (một cửa liên thông, issue 17) as the fold sees it: a transfer that
 * names an upstream unit opens a liaison; that unit's events act on the dossier only while it is
 * open; its result, refusal or sending back closes it. At most one is open at a time (a commune
 * cannot transfer again while an upstream unit holds the dossier, `rules.ts`).
 */

/** The transfer an upstream unit holds now, if any. */
export function openLiaison(state: DossierState): Transfer | undefined {
	return state.transfers.find((t) => t.unit && t.phase !== 'closed');
}

/** The transfers with `transferId` closed at `at`. */
export function closeTransfer(
	state: DossierState,
	transferId: string,
	by: NonNullable<Transfer['closed_by']>,
	at: string
): Transfer[] {
	return state.transfers.map((t) =>
		t.event_id === transferId ? { ...t, phase: 'closed' as const, closed_at: at, closed_by: by } : t
	);
}

/** Whether `unit` holds the dossier through the transfer `transferId`. */
export function holds(state: DossierState, unit: string, transferId: string): boolean {
	const open = openLiaison(state);
	return open !== undefined && open.unit === unit && open.event_id === transferId;
}

/**
 * Time the dossier spent at each level, in milliseconds, as of `asOf` (for the processing slip
 * and the report): upstream from each transfer to a unit until it was closed (or `asOf`), the
 * commune the rest of the time from receipt to the end of processing (or `asOf`).
 */
export function timeByLevel(
	state: DossierState,
	asOf: string
): { commune_ms: number; upstream_ms: number } {
	const end = Date.parse(state.ended_at ?? asOf);
	const start = Date.parse(state.dossier.received_at);
	let upstream = 0;
	for (const t of state.transfers) {
		if (!t.unit) continue;
		const from = Date.parse(t.at);
		const to = Math.min(end, Date.parse(t.closed_at ?? state.ended_at ?? asOf));
		upstream += Math.max(0, to - from);
	}
	const total = Math.max(0, end - start);
	return { commune_ms: Math.max(0, total - upstream), upstream_ms: Math.min(upstream, total) };
}
