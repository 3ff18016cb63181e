import { STATUS, isFinal, type StatusCode } from '$lib/domain/status';
import type { EventDoc, EventKind, EventOf } from '$lib/domain/schemas/events';
import { corrected, valueAt } from './corrections';
import { holds, openLiaison } from './liaison';
import type { DossierState, FlagCode } from './state';

/**
 * What the law and common sense forbid, in one place: the commands refuse an event that breaks a
 * rule, and the fold flags one that arrives anyway (two devices offline, a replayed backup), so
 * both always agree. `apply` says whether the fold still lets the event change the state: a
 * physical fact (money received, a result handed over) does, a contradictory decision does not.
 */
export interface Violation {
	readonly code: FlagCode;
	/** The input field the problem is about, `''` for the dossier as a whole. */
	readonly field: string;
	readonly apply: boolean;
}

/** Steps of the dossier's life; notes, corrections, payments and evaluations may follow the end. */
const ANNOTATIONS: ReadonlySet<EventKind> = new Set(['corrected', 'fee_paid', 'evaluated', 'note']);

const CLOSED: Partial<Record<StatusCode, FlagCode>> = {
	[STATUS.not_accepted]: 'dossier_refused',
	[STATUS.stopped]: 'dossier_withdrawn',
	[STATUS.returned]: 'dossier_returned'
};

const v = (code: FlagCode, apply: boolean, field = ''): Violation => ({ code, field, apply });

type Rule<K extends EventKind> = (state: DossierState, event: EventOf<K>) => Violation | undefined;

const resolvedBlocks = (s: DossierState) =>
	s.status === STATUS.processed ? v('already_resolved', false) : undefined;

/** A commune decision or a new transfer waits while an upstream unit holds the dossier. */
const heldUpstream = (s: DossierState) => (openLiaison(s) ? v('held_upstream', false) : undefined);

/** An upstream event counts only from the unit holding the dossier through that transfer. */
const fromHolder = (s: DossierState, e: { unit: string; transfer_id: string }) =>
	holds(s, e.unit, e.transfer_id) ? undefined : v('not_transferred', false, 'transfer_id');

const RULES: { [K in EventKind]: Rule<K> } = {
	assigned: resolvedBlocks,
	transferred: (s) => resolvedBlocks(s) ?? heldUpstream(s),
	supplement_requested: (s) =>
		resolvedBlocks(s) ??
		(s.status === STATUS.supplement_requested ? v('supplement_pending', false) : undefined),
	supplement_received: (s) =>
		s.status === STATUS.supplement_requested ? undefined : v('supplement_not_requested', false),
	resolved: (s) =>
		resolvedBlocks(s) ??
		heldUpstream(s) ??
		(s.status === STATUS.supplement_requested ? v('resolve_during_supplement', true) : undefined),
	refused: (s) => resolvedBlocks(s) ?? heldUpstream(s),
	returned: (s) => (s.status === STATUS.processed ? undefined : v('return_before_resolve', true)),
	// Decree 61/2018 Art 19(9): one new appointment at most, issued before the deadline.
	apology: (s, e) => {
		if (s.extension_count >= 1) return v('second_apology', false);
		if (s.status === STATUS.processed) return v('already_resolved', false);
		if (e.new_appointment_at <= s.appointment_at) {
			return v('apology_date_not_later', false, 'new_appointment_at');
		}
		return e.at >= s.appointment_at ? v('apology_too_late', true) : undefined;
	},
	// Withdrawal is not allowed once processed or returned (statuses 9 and 10; DOMAIN.md 3.6).
	withdrawn: (s) =>
		s.status === STATUS.processed ? v('withdraw_after_processed', false) : undefined,
	corrected: (s, e) => {
		const outcome = corrected(s.current, e.path, e.new_value);
		if (!outcome.ok) {
			return v(outcome.code, false, outcome.code === 'correction_path' ? 'path' : 'new_value');
		}
		return valueAt(s.current, e.path) === e.old_value
			? undefined
			: v('correction_mismatch', true, 'old_value');
	},
	fee_paid: (s, e) => {
		if (s.fee.amount === 0) return v('fee_not_due', true, 'amount');
		if (s.fee.paid_amount >= s.fee.amount) return v('fee_already_paid', true, 'amount');
		return e.amount > s.fee.amount - s.fee.paid_amount
			? v('fee_exceeds', true, 'amount')
			: undefined;
	},
	evaluated: (s) => (s.evaluation === null ? undefined : v('evaluation_exists', false)),
	note: () => undefined,
	fee_requested: (s) => resolvedBlocks(s),
	// Not once processed or returned (statuses 9 and 10; DOMAIN.md 3.6), and once at a time.
	withdrawal_requested: (s) =>
		s.status === STATUS.processed
			? v('withdraw_after_processed', false)
			: s.status === STATUS.withdrawal_requested
				? v('withdrawal_pending', false)
				: undefined,
	upstream_accepted: (s, e) =>
		fromHolder(s, e) ??
		(openLiaison(s)?.phase === 'accepted' ? v('already_accepted', false) : undefined),
	upstream_supplement_requested: (s, e) =>
		fromHolder(s, e) ??
		resolvedBlocks(s) ??
		(s.status === STATUS.supplement_requested ? v('supplement_pending', false) : undefined),
	upstream_resolved: (s, e) =>
		fromHolder(s, e) ??
		resolvedBlocks(s) ??
		(s.status === STATUS.supplement_requested ? v('resolve_during_supplement', true) : undefined),
	upstream_refused: (s, e) => fromHolder(s, e) ?? resolvedBlocks(s),
	upstream_sent_back: (s, e) => fromHolder(s, e)
};

/** The rule `event` breaks in `state`, if any. */
export function violationOf(state: DossierState, event: EventDoc): Violation | undefined {
	if (!ANNOTATIONS.has(event.kind) && isFinal(state.status)) {
		if (event.kind === 'returned' && state.status === STATUS.returned) {
			return v('duplicate_return', false);
		}
		return v(CLOSED[state.status] ?? 'dossier_returned', false);
	}
	const rule = RULES[event.kind] as Rule<EventKind>;
	return rule(state, event as EventOf<EventKind>);
}
