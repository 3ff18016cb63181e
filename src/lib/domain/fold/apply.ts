import { STATUS } from '$lib/domain/status';
import type { EventDoc, EventKind, EventOf } from '$lib/domain/schemas/events';
import { corrected, valueAt } from './corrections';
import { closeTransfer } from './liaison';
import type { DossierState } from './state';

/**
 * How each event changes the state, assuming the rules let it (see `rules.ts`). Pure: returns a
 * new state, never touches the old one.
 */

type Step<K extends EventKind> = (state: DossierState, event: EventOf<K>) => DossierState;

const ms = (instant: string) => Date.parse(instant);

/** Accepted moves on to "in process" at the first step taken on it. */
const started = (s: DossierState) => (s.status === STATUS.accepted ? STATUS.in_process : s.status);

/**
 * Ends a pending supplement wait at `at`. A new appointment computed by the command already
 * absorbs the wait; otherwise the wait is subtracted by the on-time test (766 formula, DOMAIN.md
 * 3.5), which also measures a dossier stuck waiting at the time of the request.
 */
function endWait(s: DossierState, at: string, absorbed: boolean): DossierState {
	if (s.supplement_requested_at === null) return s;
	const wait = Math.max(0, ms(at) - ms(s.supplement_requested_at));
	return {
		...s,
		supplement_requested_at: null,
		supplement_wait_ms: s.supplement_wait_ms + wait,
		unadjusted_wait_ms: s.unadjusted_wait_ms + (absorbed ? 0 : wait)
	};
}

const STEPS: { [K in EventKind]: Step<K> } = {
	assigned: (s, e) => ({ ...s, status: started(s), handler: e.handler }),
	transferred: (s, e) => ({
		...s,
		status: started(s),
		transfers: [
			...s.transfers,
			{
				to_agency: e.to_agency,
				at: e.at,
				event_id: e._id,
				unit: e.to_unit ?? null,
				phase: 'sent',
				accepted_at: null,
				closed_at: null,
				closed_by: null
			}
		]
	}),
	supplement_requested: (s, e) => ({
		...s,
		status: STATUS.supplement_requested,
		supplement_count: s.supplement_count + 1,
		supplement_requested_at: e.at
	}),
	supplement_received: (s, e) => {
		const next = endWait(s, e.at, e.new_appointment_at !== undefined);
		const appointment = e.new_appointment_at ?? s.appointment_at;
		const due = e.new_appointment_at ?? s.due_at;
		return {
			...next,
			status: STATUS.in_process,
			appointment_at: appointment,
			due_at: due,
			supplement_paused_days: s.supplement_paused_days + (e.paused_working_days ?? 0)
		};
	},
	resolved: (s, e) => ({
		...endWait(s, e.at, false),
		status: STATUS.processed,
		resolved_at: e.at,
		outcome: e.outcome,
		result_doc_no: e.result_doc_no ?? null,
		ended_at: e.at
	}),
	refused: (s, e) => ({
		...endWait(s, e.at, false),
		status: STATUS.not_accepted,
		refusal: { reason: e.reason, notice_no: e.notice_no, at: e.at },
		ended_at: e.at
	}),
	returned: (s, e) => ({
		...endWait(s, e.at, false),
		status: STATUS.returned,
		returned_at: e.at,
		return_method: e.method,
		ended_at: s.ended_at ?? e.at
	}),
	apology: (s, e) => ({
		...s,
		appointment_at: e.new_appointment_at,
		extension_count: s.extension_count + 1,
		apology: {
			reason: e.reason,
			notice_no: e.notice_no,
			new_appointment_at: e.new_appointment_at,
			at: e.at
		}
	}),
	// Statuses 7 then 8 in the national flow; the desk stops at once, so 8 (DOMAIN.md 3.6).
	withdrawn: (s, e) => ({
		...s,
		status: STATUS.stopped,
		withdrawal: { reason: e.reason, at: e.at }
	}),
	corrected: (s, e) => {
		const outcome = corrected(s.current, e.path, e.new_value);
		if (!outcome.ok) return s;
		const earlier = s.corrections.find((c) => c.path === e.path);
		const correction = {
			event_id: e._id,
			path: e.path,
			original_value: earlier ? earlier.original_value : valueAt(s.current, e.path),
			old_value: e.old_value,
			new_value: e.new_value,
			reason: e.reason,
			at: e.at
		};
		return { ...s, current: outcome.view, corrections: [...s.corrections, correction] };
	},
	fee_paid: (s, e) => {
		const paid_amount = s.fee.paid_amount + e.amount;
		const paid = paid_amount >= s.fee.amount;
		// Paying what status 6 asked for resumes processing (status 4).
		const status = s.status === STATUS.fee_requested && paid ? STATUS.in_process : s.status;
		return { ...s, status, fee: { ...s.fee, paid_amount, paid } };
	},
	evaluated: (s, e) => ({ ...s, evaluation: { answers: e.answers, rating: e.rating, at: e.at } }),
	note: (s) => s,
	// National status 6: the amount asked for is added to what is already paid.
	fee_requested: (s, e) => ({
		...s,
		status: STATUS.fee_requested,
		fee: { ...s.fee, amount: s.fee.paid_amount + e.amount, paid: false }
	}),
	// National status 7, before the stop (8) of `withdrawn` (DOMAIN.md 3.6).
	withdrawal_requested: (s) => ({ ...s, status: STATUS.withdrawal_requested }),
	// Upstream steps (issue 17): the same state moves as the commune's own, on the open transfer.
	upstream_accepted: (s, e) => ({
		...s,
		status: started(s),
		transfers: s.transfers.map((t) =>
			t.event_id === e.transfer_id ? { ...t, phase: 'accepted' as const, accepted_at: e.at } : t
		)
	}),
	upstream_supplement_requested: (s, e) => ({
		...s,
		status: STATUS.supplement_requested,
		supplement_count: s.supplement_count + 1,
		supplement_requested_at: e.at
	}),
	upstream_resolved: (s, e) => ({
		...endWait(s, e.at, false),
		status: STATUS.processed,
		resolved_at: e.at,
		outcome: e.outcome,
		result_doc_no: e.result_doc_no ?? null,
		ended_at: e.at,
		transfers: closeTransfer(s, e.transfer_id, 'resolved', e.at)
	}),
	upstream_refused: (s, e) => ({
		...endWait(s, e.at, false),
		status: STATUS.not_accepted,
		refusal: { reason: e.reason, notice_no: e.notice_no, at: e.at },
		ended_at: e.at,
		transfers: closeTransfer(s, e.transfer_id, 'refused', e.at)
	}),
	// The commune holds it again, in process as it was when it went up.
	upstream_sent_back: (s, e) => ({
		...s,
		transfers: closeTransfer(s, e.transfer_id, 'sent_back', e.at)
	})
};

/** The state after `event`. */
export function applyEvent(state: DossierState, event: EventDoc): DossierState {
	const step = STEPS[event.kind] as Step<EventKind>;
	return step(state, event as EventOf<EventKind>);
}
