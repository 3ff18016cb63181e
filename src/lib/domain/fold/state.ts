import { z } from 'zod';
import { HlcString } from '$lib/domain/clock/hlc';
import { Dong, IsoInstant, Text } from '$lib/domain/schemas/common';
import { Applicant, DossierDoc, Officer, ResultDelivery } from '$lib/domain/schemas/dossier';
import {
	CorrectablePath,
	EvaluationAnswers,
	EventDoc,
	FieldValue,
	Rating
} from '$lib/domain/schemas/events';
import { StatusCode } from '$lib/domain/status';

/**
 * The current state of a dossier: the fold of its intake document and its events. Never stored
 * as a replicated document (only the read model keeps it), so it can always be rebuilt.
 */

/**
 * Timeliness against the national on-time formula (Decision 766/QĐ-TTg; DOMAIN.md 3.5, 3.7):
 * `early`/`on_time`/`late` once processing ended, `not_due`/`overdue` while it runs,
 * `not_applicable` for a withdrawn dossier (no result is owed).
 */
export const Timeliness = z.enum([
	'early',
	'on_time',
	'late',
	'not_due',
	'overdue',
	'not_applicable'
]);
export type Timeliness = z.infer<typeof Timeliness>;

/** Why an event is flagged: the same codes the commands refuse with (`error.<code>`). */
export const FlagCode = z.enum([
	'dossier_refused',
	'dossier_withdrawn',
	'dossier_returned',
	'duplicate_return',
	'already_resolved',
	'supplement_pending',
	'supplement_not_requested',
	'resolve_during_supplement',
	'return_before_resolve',
	'second_apology',
	'apology_too_late',
	'apology_date_not_later',
	'withdraw_after_processed',
	'correction_path',
	'correction_value',
	'correction_mismatch',
	'fee_not_due',
	'fee_already_paid',
	'fee_exceeds',
	'evaluation_exists',
	/** A second withdrawal request while one is pending (status 7). */
	'withdrawal_pending',
	/** An upstream event for a transfer that is not open to that unit (issue 17). */
	'not_transferred',
	/** The upstream unit accepted this transfer already. */
	'already_accepted',
	/** A commune decision or transfer while an upstream unit holds the dossier. */
	'held_upstream',
	/** Fold only: an event of another dossier was handed to this fold. */
	'other_dossier',
	/** Fold only: two different documents with one `_id` (the smallest canonical form is kept). */
	'conflicting_duplicate',
	/** Fold only: an event stamped (clock or claimed time) before the intake: a wrong device clock. */
	'event_before_intake'
]);
export type FlagCode = z.infer<typeof FlagCode>;

/** A contradiction found by the fold: shown to people, never hidden, never a crash. */
export const Flag = z.object({
	code: FlagCode,
	event_id: z.string(),
	/** Whether the event still changed the state (a physical fact such as a hand-over does). */
	applied: z.boolean()
});
export type Flag = z.infer<typeof Flag>;

/** The intake fields as corrected so far; the intake document itself keeps the originals. */
export const CorrectableView = z.object({
	applicant: Applicant,
	sets: z.number().int().min(1).max(99),
	result_delivery: ResultDelivery,
	competent_authority: Text(200),
	support_point: Text(200).optional(),
	note: Text(1000).optional()
});
export type CorrectableView = z.infer<typeof CorrectableView>;

/**
 * A transfer and, when it named an upstream unit (issue 17), how far that unit got with it:
 * `sent` until it accepts, `accepted`, then `closed` by its result, refusal or sending back.
 * Transfers to agencies outside MotCua (no unit) are hand-overs on paper and stay `sent`.
 */
export const Transfer = z.object({
	to_agency: z.string(),
	at: IsoInstant,
	/** The transfer event's id: what the upstream events answer. Absent on pre-17 states. */
	event_id: z.string().optional(),
	unit: z.string().nullable().optional(),
	phase: z.enum(['sent', 'accepted', 'closed']).optional(),
	accepted_at: IsoInstant.nullable().optional(),
	closed_at: IsoInstant.nullable().optional(),
	/** How the unit closed it. */
	closed_by: z.enum(['resolved', 'refused', 'sent_back']).nullable().optional()
});
export type Transfer = z.infer<typeof Transfer>;

export const Correction = z.object({
	event_id: z.string(),
	path: CorrectablePath,
	/** The value written on the intake document. */
	original_value: FieldValue,
	old_value: FieldValue,
	new_value: FieldValue,
	reason: z.string(),
	at: IsoInstant
});
export type Correction = z.infer<typeof Correction>;

export const DossierStateSchema = z
	.object({
		code: z.string(),
		/** The intake document exactly as written. */
		dossier: DossierDoc,
		current: CorrectableView,
		status: StatusCode,
		/** The appointment the citizen holds now (after an apology, a restart or a pause). */
		appointment_at: IsoInstant,
		/** The appointment printed on the receipt (Form 01). */
		original_appointment_at: IsoInstant,
		/** The legal deadline: moved by supplements (restart/pause), never by an apology. */
		due_at: IsoInstant,
		handler: Officer.nullable(),
		transfers: z.array(Transfer).readonly(),
		resolved_at: IsoInstant.nullable(),
		outcome: z.enum(['approved', 'rejected']).nullable(),
		result_doc_no: z.string().nullable(),
		returned_at: IsoInstant.nullable(),
		return_method: z.enum(['desk', 'post']).nullable(),
		/** End of processing for the on-time test: resolved, refused, or returned unresolved. */
		ended_at: IsoInstant.nullable(),
		refusal: z.object({ reason: z.string(), notice_no: z.string(), at: IsoInstant }).nullable(),
		withdrawal: z.object({ reason: z.string(), at: IsoInstant }).nullable(),
		supplement_count: z.number().int().nonnegative(),
		/** When the pending supplement request was made; `null` when none is pending. */
		supplement_requested_at: IsoInstant.nullable(),
		/** Total time spent waiting for the citizen to supplement. */
		supplement_wait_ms: z.number().nonnegative(),
		/** Waiting time not already absorbed by a new appointment: subtracted by the on-time test. */
		unadjusted_wait_ms: z.number().nonnegative(),
		/** Working days the clock stood still under the pause policy. */
		supplement_paused_days: z.number().int().nonnegative(),
		extension_count: z.number().int().nonnegative(),
		apology: z
			.object({
				reason: z.string(),
				notice_no: z.string(),
				new_appointment_at: IsoInstant,
				at: IsoInstant
			})
			.nullable(),
		corrections: z.array(Correction).readonly(),
		fee: z.object({ amount: Dong, paid_amount: Dong, paid: z.boolean() }),
		evaluation: z.object({ answers: EvaluationAnswers, rating: Rating, at: IsoInstant }).nullable(),
		/** Timeliness of the end of processing; `null` while processing runs (see `timeliness`). */
		timeliness: Timeliness.nullable(),
		/** The dossier's events in fold order, duplicates removed. */
		history: z.array(EventDoc).readonly(),
		/** The latest clock reading seen: a command ticks past it so its event sorts last. */
		last_hlc: HlcString,
		flags: z.array(Flag).readonly()
	})
	.readonly();
export type DossierState = z.infer<typeof DossierStateSchema>;
