import { vnDateOf } from '$lib/domain/calendar/vn-time';
import type { IsoInstant } from '$lib/domain/schemas/common';
import type { EventDoc } from '$lib/domain/schemas/events';
import { STATUS, type StatusCode } from '$lib/domain/status';
import { applyEvent } from './apply';
import { initialState } from './initial-state';
import { violationOf } from './rules';
import type { DossierState } from './state';
import { endTimeliness } from './timeliness';

/**
 * The processing-control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ: Form 05 of TT 01/2018,
 * Form 06 of TT 03/2025; DOMAIN.md 2.6) as data: one row per hand-over, read from the dossier's
 * append-only history. Pure: the page only formats it.
 *
 * MotCua's reading, stated so it can be changed in one place:
 * - the hand-overs are the intake (citizen → desk), an assignment (desk → handler), a transfer
 *   (holder → other agency), a supplement request and its return (holder → citizen → desk), the
 *   result (holder → desk), a refusal or a withdrawal (holder → citizen) and the return of the
 *   result (desk → citizen); notes, corrections, payments, evaluations and apologies are not;
 * - the law sets no deadline per step, so each office step is measured against the legal
 *   deadline in force when it was taken (`due_at`, moved by supplements, not by an apology), with
 *   the citizen's supplement time subtracted; the result and a refusal carry the dossier's own
 *   verdict (the national on-time formula); the return of the result is measured against the
 *   appointment the citizen holds; steps taken by the citizen and a withdrawal have none;
 * - an event the fold did not apply (a contradiction, see `rules.ts`) is not a hand-over;
 * - across levels (issue 17): a transfer to an upstream unit hands it to that unit, its
 *   acceptance is the unit's receipt, its supplement request goes to the commune desk (which
 *   asks the citizen), its result goes back to the commune desk, a sending back returns the
 *   dossier to the desk; each is measured like the commune's own steps, against the one legal
 *   deadline of the whole chain.
 */

export type PartyRole = 'applicant' | 'desk' | 'handler' | 'agency';

/** One side of a hand-over: its role, and the person or agency named (may be empty). */
export interface Party {
	readonly role: PartyRole;
	readonly name: string;
}

export type HandOverStep =
	| 'received'
	| 'assigned'
	| 'transferred'
	| 'supplement_requested'
	| 'supplement_received'
	| 'resolved'
	| 'refused'
	| 'withdrawn'
	| 'returned'
	| 'upstream_accepted'
	| 'upstream_supplement_requested'
	| 'upstream_resolved'
	| 'upstream_refused'
	| 'upstream_sent_back';

export type StepOutcome = 'early' | 'on_time' | 'late';

export interface HandOver {
	readonly step: HandOverStep;
	/** The event's id; `null` for the intake document. */
	readonly event_id: string | null;
	readonly at: IsoInstant;
	readonly from: Party;
	readonly to: Party;
	/** The deadline the step is measured against. */
	readonly due_at: IsoInstant;
	/** `null` where no deadline applies to the step (see above). */
	readonly outcome: StepOutcome | null;
	/** What went with the hand-over: a notice number, a result number, a method. */
	readonly note: string;
}

/** `early` on an earlier Vietnam day, `on_time` by the deadline, `late` after it. */
export function stepOutcome(at: IsoInstant, due: IsoInstant, waitMs = 0): StepOutcome {
	const end = Date.parse(at) - waitMs;
	if (end > Date.parse(due)) return 'late';
	return vnDateOf(new Date(end).toISOString()) < vnDateOf(due) ? 'early' : 'on_time';
}

const desk = (name: string): Party => ({ role: 'desk', name });

/** The row of `event` taken in `before`, `after` being the state it led to. */
function rowOf(
	event: EventDoc,
	before: DossierState,
	after: DossierState,
	holder: Party | null
): HandOver | null {
	const from = holder ?? desk(event.actor.name);
	const applicant: Party = { role: 'applicant', name: before.current.applicant.name };
	const base = { event_id: event._id, at: event.at, due_at: before.due_at };
	const measured = stepOutcome(event.at, before.due_at, before.unadjusted_wait_ms);
	const ended = endTimeliness(after);
	const verdict = ended === 'early' || ended === 'on_time' || ended === 'late' ? ended : measured;
	switch (event.kind) {
		case 'assigned':
			return {
				...base,
				step: 'assigned',
				from: desk(event.actor.name),
				to: { role: 'handler', name: event.handler.name },
				outcome: measured,
				note: ''
			};
		case 'transferred':
			return {
				...base,
				step: 'transferred',
				from,
				to: { role: 'agency', name: event.to_agency },
				outcome: measured,
				note: event.reason ?? ''
			};
		case 'supplement_requested':
			return {
				...base,
				step: 'supplement_requested',
				from,
				to: applicant,
				outcome: measured,
				note: event.notice_no
			};
		case 'supplement_received':
			return {
				...base,
				step: 'supplement_received',
				from: applicant,
				to: desk(event.actor.name),
				outcome: null,
				note: ''
			};
		case 'resolved':
			return {
				...base,
				step: 'resolved',
				from: holder ?? { role: 'handler', name: event.actor.name },
				to: desk(holder ? event.actor.name : ''),
				outcome: verdict,
				note: event.result_doc_no ?? ''
			};
		case 'refused':
			return {
				...base,
				step: 'refused',
				from,
				to: applicant,
				outcome: verdict,
				note: event.notice_no
			};
		case 'withdrawn':
			return {
				...base,
				step: 'withdrawn',
				from,
				to: applicant,
				outcome: null,
				note: event.notice_no ?? ''
			};
		case 'upstream_accepted':
			return {
				...base,
				step: 'upstream_accepted',
				from: desk(''),
				to: from,
				outcome: measured,
				note: ''
			};
		case 'upstream_supplement_requested':
			return {
				...base,
				step: 'upstream_supplement_requested',
				from,
				to: desk(''),
				outcome: measured,
				note: event.notice_no ?? ''
			};
		case 'upstream_resolved':
			return {
				...base,
				step: 'upstream_resolved',
				from,
				to: desk(''),
				outcome: verdict,
				note: event.result_doc_no ?? ''
			};
		case 'upstream_refused':
			return {
				...base,
				step: 'upstream_refused',
				from,
				to: applicant,
				outcome: verdict,
				note: event.notice_no
			};
		case 'upstream_sent_back':
			return {
				...base,
				step: 'upstream_sent_back',
				from,
				to: desk(''),
				outcome: measured,
				note: event.reason
			};
		case 'returned':
			return {
				...base,
				step: 'returned',
				due_at: before.appointment_at,
				from: desk(event.actor.name),
				to: { role: 'applicant', name: event.recipient ?? applicant.name },
				outcome: stepOutcome(event.at, before.appointment_at),
				note: event.method
			};
		default:
			return null;
	}
}

/** Who holds the dossier for processing after `event`: the handler or the agency it went to. */
function holderAfter(event: EventDoc, holder: Party | null): Party | null {
	if (event.kind === 'assigned') return { role: 'handler', name: event.handler.name };
	if (event.kind === 'transferred') return { role: 'agency', name: event.to_agency };
	// Back at the commune desk: the next step is the desk's again.
	if (event.kind === 'upstream_sent_back' || event.kind === 'upstream_resolved') return null;
	return holder;
}

/** Walks the history as the fold does, handing each applied event its state before and after. */
function walk(
	state: DossierState,
	visit: (event: EventDoc, before: DossierState, after: DossierState) => void
): void {
	let current = initialState(state.dossier);
	for (const event of state.history) {
		const violation = violationOf(current, event);
		if (violation && !violation.apply) continue;
		const next = applyEvent(current, event);
		visit(event, current, next);
		current = next;
	}
}

/** The rows of the processing-control slip, in fold order, the intake first. */
export function handOvers(state: DossierState): HandOver[] {
	const d = state.dossier;
	const rows: HandOver[] = [
		{
			step: 'received',
			event_id: null,
			at: d.received_at,
			from: { role: 'applicant', name: d.applicant.name },
			to: desk(d.officer.name),
			due_at: d.appointment_at,
			outcome: null,
			note: ''
		}
	];
	let holder: Party | null = null;
	walk(state, (event, before, after) => {
		const row = rowOf(event, before, after, holder);
		if (row) rows.push(row);
		holder = holderAfter(event, holder);
	});
	return rows;
}

/** What the stop notice (TT 03/2025 Form 05; DOMAIN.md 2.5, 3.6) prints. */
export interface StopNotice {
	readonly event: Extract<EventDoc, { kind: 'withdrawn' }>;
	/** The status the dossier had reached when processing stopped. */
	readonly stage: StatusCode;
	/** Fees already paid, and the fee due. */
	readonly paid_amount: number;
	readonly fee_amount: number;
}

/** The stop notice of a stopped dossier, `null` when processing was never stopped. */
export function stopNotice(state: DossierState): StopNotice | null {
	let found: StopNotice | null = null;
	// The stage reached is the one before the citizen's request to withdraw (status 7), if any.
	let stage: StatusCode | null = null;
	walk(state, (event, before) => {
		if (before.status !== STATUS.withdrawal_requested) stage = before.status;
		if (event.kind !== 'withdrawn' || found) return;
		found = {
			event,
			stage: stage ?? before.status,
			paid_amount: before.fee.paid_amount,
			fee_amount: before.fee.amount
		};
	});
	return found;
}
