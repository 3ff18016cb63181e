import type { DossierState } from '$lib/domain/fold/state';
import { vnDateOf } from '$lib/domain/calendar/vn-time';
import type { LocalDate } from '$lib/domain/schemas/common';
import { isFinal } from '$lib/domain/status';

/**
 * The hand-over dates of a dossier that went to an upstream unit (một cửa liên thông, issue 17):
 * the Vietnam day it was received, then for each transfer to a unit the day it went up and the
 * day the unit answered (resolved, refused or sent it back), then the day the chain ended at the
 * commune (the result returned to the citizen; for a dossier closed without a return, its end of
 * processing or withdrawal). The spans alternate: commune, upstream, commune, upstream, …,
 * commune. `null` for a dossier that never went to a unit, or whose chain is still running (a
 * unit holds it, or the commune has not returned it yet): its time at each level is not final.
 * A transfer on paper (no unit) is not a level of MotCua's and counts as commune time.
 */
export function levelChain(state: DossierState): LocalDate[] | null {
	const upstream = state.transfers.filter((t) => t.unit);
	if (upstream.length === 0) return null;
	const end =
		state.returned_at ??
		(isFinal(state.status) ? (state.ended_at ?? state.withdrawal?.at ?? null) : null);
	if (end === null) return null;
	const chain: LocalDate[] = [vnDateOf(state.dossier.received_at)];
	for (const t of upstream) {
		if (!t.closed_at) return null;
		chain.push(vnDateOf(t.at), vnDateOf(t.closed_at));
	}
	chain.push(vnDateOf(end));
	// Events are folded in causal order, but a device clock may lag: never let a span run backwards.
	for (let i = 1; i < chain.length; i++) if (chain[i]! < chain[i - 1]!) chain[i] = chain[i - 1]!;
	return chain;
}
