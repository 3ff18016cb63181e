import { z } from 'zod';
import { HlcString } from '$lib/domain/clock/hlc';
import { DeviceId, Dong, IsoInstant, Text } from './common';
import { Officer } from './dossier';
import { UpstreamUnitCode } from './upstream-unit';

/**
 * Lifecycle events of a dossier. Each is its own immutable document with a unique id, so two
 * devices working offline on one dossier never make a CouchDB conflict; the fold orders them by
 * hybrid logical clock, then device id, then sequence (DESIGN.md "Documents").
 *
 * There is no `received` event: the intake document `dossier:<code>` is the receipt (status 2),
 * written once with its own clock reading, so a dossier can never be "received" twice.
 */

/** Fields every event carries. */
const EventBase = z.object({
	_id: z.string().startsWith('event:'),
	_rev: z.string().optional(),
	type: z.literal('event'),
	dossier_code: z.string().min(1).max(60),
	/** Hybrid logical clock reading: orders events whatever the device clocks say. */
	hlc: HlcString,
	device_id: DeviceId,
	/** The device's own event counter: the last tie-break of the order. */
	seq: z.number().int().nonnegative().max(999_999_999),
	/** The instant the device claimed (for display and legal dates; may be wrong on old laptops). */
	at: IsoInstant,
	actor: Officer
});

/**
 * A reason a person reads: a refusal must give its legal reason in words (Decree 61/2018 Art
 * 19(8); Form 03), never a technical code (DOMAIN.md 2.3). At least three words, no identifiers.
 */
export const HumanReason = Text(1000).refine(
	(s) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 3 && !/[_{}<>]/.test(s),
	{ params: { messageKey: 'error.reason_not_human' } }
);

/** Number of a notice in its own series (…/HDHS, …/PXL, refusal slips; DOMAIN.md 3.2). */
export const NoticeNo = Text(40);

/** Citizen satisfaction on a kiosk or paper form (DOMAIN.md 3.7: the law fixes no scale). */
export const Rating = z.enum(['very_satisfied', 'satisfied', 'dissatisfied']);
export type Rating = z.infer<typeof Rating>;

/** Raw answers to the citizen criteria of Decree 61/2018 Art 31(1)(a–i); each may be skipped. */
export const EvaluationAnswers = z.object({
	/** (a) time taken against the rule. */
	time_vs_rule: z.enum(['earlier', 'on_time', 'later']).optional(),
	/** (b) number of agencies the citizen had to contact (0: only this desk). */
	agencies_contacted: z.number().int().min(0).max(20).optional(),
	/** (c) number of times the citizen came back to complete the dossier. */
	contacts_count: z.number().int().min(0).max(50).optional(),
	/** (d) the published procedure information was accurate. */
	information_accurate: z.boolean().optional(),
	/** (e) staff conduct. */
	staff_conduct: Rating.optional(),
	/** (f) the result and the cost were lawful, with no unofficial charges. */
	lawful_result_and_cost: z.boolean().optional(),
	/** (g) how a complaint was answered, `none` when there was none. */
	complaint_handling: z.enum(['none', 'satisfied', 'dissatisfied']).optional(),
	/** (h) quality of the online service, `not_used` when the citizen came in person. */
	online_service: z.enum(['not_used', 'very_satisfied', 'satisfied', 'dissatisfied']).optional(),
	/** (i) other remarks. */
	other: Text(1000).optional()
});
export type EvaluationAnswers = z.infer<typeof EvaluationAnswers>;

/** Intake fields an officer may correct later; the original intake stays as written. */
export const CorrectablePath = z.enum([
	'applicant.name',
	'applicant.citizen_id',
	'applicant.legacy_id',
	'applicant.phone',
	'applicant.email',
	'applicant.address',
	'applicant.birth_date',
	'applicant.representative',
	'applicant.tax_code',
	'sets',
	'result_delivery',
	'competent_authority',
	'support_point',
	'note'
]);
export type CorrectablePath = z.infer<typeof CorrectablePath>;

/** A corrected value: text, a number, or `null` for "absent". */
export const FieldValue = z.union([z.string().max(1000), z.number(), z.null()]);
export type FieldValue = z.infer<typeof FieldValue>;

/** Kind-specific fields, also the input schemas of the event commands. */
export const EventFields = {
	assigned: z.object({ handler: Officer }),
	/**
	 * Sent to another agency, e.g. upward under the inter-level one-stop (một cửa liên thông).
	 * `to_unit` names an upstream unit of the catalog (issue 17): that unit then works on the
	 * dossier in MotCua (the `upstream_*` events below). Without it (older documents, an agency
	 * outside MotCua) the transfer is a hand-over on paper only. `photos` counts the document
	 * photos sent with it (they are in `media-<commune>` upstream already).
	 */
	transferred: z.object({
		to_agency: Text(200),
		reason: Text(1000).optional(),
		to_unit: UpstreamUnitCode.optional(),
		photos: z.number().int().min(0).max(500).optional()
	}),
	/** Form 02: everything missing, listed once (Decree 61/2018 Art 17(2)(a), 19(4)). */
	supplement_requested: z.object({
		items: z
			.array(z.object({ name: Text(300), note: Text(500).optional() }))
			.min(1)
			.max(50),
		reason: Text(1000),
		notice_no: NoticeNo
	}),
	/** The complete dossier is back; the command computed the new appointment (restart or pause). */
	supplement_received: z.object({
		new_appointment_at: IsoInstant.optional(),
		paused_working_days: z.number().int().min(0).max(365).optional()
	}),
	resolved: z
		.object({
			outcome: z.enum(['approved', 'rejected']),
			/** Số văn bản of the result, given by the clerk (Decree 30/2020). */
			result_doc_no: Text(60).optional(),
			/** For a rejection, the reason in words (Decree 61/2018 Art 19(8)). */
			note: Text(1000).optional()
		})
		.superRefine((r, ctx) => {
			if (r.outcome === 'rejected' && !HumanReason.safeParse(r.note).success) {
				ctx.addIssue({
					code: 'custom',
					path: ['note'],
					message: 'note',
					params: { messageKey: 'error.rejection_reason' }
				});
			}
		}),
	/** Form 03, or a written refusal during processing (Decree 61/2018 Art 19(8)). */
	refused: z.object({ reason: HumanReason, notice_no: NoticeNo }),
	returned: z.object({
		method: z.enum(['desk', 'post']),
		recipient: Text(200).optional(),
		satisfaction: Rating.optional()
	}),
	/** Form 04: apology and new appointment, at most once (Decree 61/2018 Art 19(9)). */
	apology: z.object({ reason: Text(1000), new_appointment_at: IsoInstant, notice_no: NoticeNo }),
	/** Stopped at the citizen's request; the stop notice (TT 03/2025 Form 05) has its number. */
	withdrawn: z.object({ reason: Text(1000), notice_no: NoticeNo.optional() }),
	corrected: z.object({
		path: CorrectablePath,
		old_value: FieldValue,
		new_value: FieldValue,
		reason: Text(1000)
	}),
	/** Cash, transfer or online (Decree 61/2018 Art 22). */
	fee_paid: z.object({ amount: Dong.min(1), method: z.enum(['cash', 'transfer', 'online']) }),
	evaluated: z.object({ answers: EvaluationAnswers, rating: Rating }),
	note: z.object({ text: Text(1000) }),
	/**
	 * National status 6 "Yêu cầu thực hiện nghĩa vụ tài chính" (DOMAIN.md fact 9): the citizen is
	 * asked to pay `amount` more before the result; a `fee_paid` covering it resumes processing.
	 */
	fee_requested: z.object({ amount: Dong.min(1), note: Text(1000).optional() }),
	/**
	 * National status 7 "Công dân yêu cầu rút hồ sơ" (DOMAIN.md 3.6): the citizen asked to withdraw;
	 * the stop itself (`withdrawn`, status 8, Form 05) follows.
	 */
	withdrawal_requested: z.object({ reason: Text(1000) }),
	/*
	 * Upstream-only events (một cửa liên thông, issue 17): written by the upstream unit the
	 * dossier was transferred to, into the commune's own database. Each names that unit and the
	 * transfer it answers; the fold applies one only while that transfer to that unit is open,
	 * and validate_doc_update lets only that unit's role write it (server/design).
	 */
	/** The upstream unit took the dossier in (it now runs against the same legal deadline). */
	upstream_accepted: z.object({ unit: UpstreamUnitCode, transfer_id: z.string().min(1).max(200) }),
	/** The upstream unit asks the commune to get papers from the citizen (Form 02 via the desk). */
	upstream_supplement_requested: z.object({
		unit: UpstreamUnitCode,
		transfer_id: z.string().min(1).max(200),
		items: z
			.array(z.object({ name: Text(300), note: Text(500).optional() }))
			.min(1)
			.max(50),
		reason: Text(1000),
		notice_no: NoticeNo.optional()
	}),
	/** The upstream unit's decision; the result goes back to the commune desk to be returned. */
	upstream_resolved: z
		.object({
			unit: UpstreamUnitCode,
			transfer_id: z.string().min(1).max(200),
			outcome: z.enum(['approved', 'rejected']),
			result_doc_no: Text(60).optional(),
			note: Text(1000).optional()
		})
		.superRefine((r, ctx) => {
			if (r.outcome === 'rejected' && !HumanReason.safeParse(r.note).success) {
				ctx.addIssue({
					code: 'custom',
					path: ['note'],
					message: 'note',
					params: { messageKey: 'error.rejection_reason' }
				});
			}
		}),
	/** A written refusal by the upstream unit (Decree 61/2018 Art 19(8)): processing ends. */
	upstream_refused: z.object({
		unit: UpstreamUnitCode,
		transfer_id: z.string().min(1).max(200),
		reason: HumanReason,
		notice_no: NoticeNo
	}),
	/** Sent back undecided (wrong unit, not competent): the commune holds the dossier again. */
	upstream_sent_back: z.object({
		unit: UpstreamUnitCode,
		transfer_id: z.string().min(1).max(200),
		reason: HumanReason
	})
} as const;

/** The kinds only an upstream unit writes (and a commune never does). */
export const UPSTREAM_KINDS = [
	'upstream_accepted',
	'upstream_supplement_requested',
	'upstream_resolved',
	'upstream_refused',
	'upstream_sent_back'
] as const;
export type UpstreamKind = (typeof UPSTREAM_KINDS)[number];

export type EventKind = keyof typeof EventFields;
export const EventKind = z.enum(Object.keys(EventFields) as [EventKind, ...EventKind[]]);

export const AssignedEvent = EventBase.extend({
	kind: z.literal('assigned'),
	...EventFields.assigned.shape
});
export const TransferredEvent = EventBase.extend({
	kind: z.literal('transferred'),
	...EventFields.transferred.shape
});
export const SupplementRequestedEvent = EventBase.extend({
	kind: z.literal('supplement_requested'),
	...EventFields.supplement_requested.shape
});
export const SupplementReceivedEvent = EventBase.extend({
	kind: z.literal('supplement_received'),
	...EventFields.supplement_received.shape
});
export const ResolvedEvent = EventBase.extend({
	kind: z.literal('resolved'),
	...EventFields.resolved.shape
});
export const RefusedEvent = EventBase.extend({
	kind: z.literal('refused'),
	...EventFields.refused.shape
});
export const ReturnedEvent = EventBase.extend({
	kind: z.literal('returned'),
	...EventFields.returned.shape
});
export const ApologyEvent = EventBase.extend({
	kind: z.literal('apology'),
	...EventFields.apology.shape
});
export const WithdrawnEvent = EventBase.extend({
	kind: z.literal('withdrawn'),
	...EventFields.withdrawn.shape
});
export const CorrectedEvent = EventBase.extend({
	kind: z.literal('corrected'),
	...EventFields.corrected.shape
});
export const FeePaidEvent = EventBase.extend({
	kind: z.literal('fee_paid'),
	...EventFields.fee_paid.shape
});
export const EvaluatedEvent = EventBase.extend({
	kind: z.literal('evaluated'),
	...EventFields.evaluated.shape
});
export const NoteEvent = EventBase.extend({ kind: z.literal('note'), ...EventFields.note.shape });
export const FeeRequestedEvent = EventBase.extend({
	kind: z.literal('fee_requested'),
	...EventFields.fee_requested.shape
});
export const WithdrawalRequestedEvent = EventBase.extend({
	kind: z.literal('withdrawal_requested'),
	...EventFields.withdrawal_requested.shape
});
export const UpstreamAcceptedEvent = EventBase.extend({
	kind: z.literal('upstream_accepted'),
	...EventFields.upstream_accepted.shape
});
export const UpstreamSupplementRequestedEvent = EventBase.extend({
	kind: z.literal('upstream_supplement_requested'),
	...EventFields.upstream_supplement_requested.shape
});
export const UpstreamResolvedEvent = EventBase.extend({
	kind: z.literal('upstream_resolved'),
	...EventFields.upstream_resolved.shape
});
export const UpstreamRefusedEvent = EventBase.extend({
	kind: z.literal('upstream_refused'),
	...EventFields.upstream_refused.shape
});
export const UpstreamSentBackEvent = EventBase.extend({
	kind: z.literal('upstream_sent_back'),
	...EventFields.upstream_sent_back.shape
});

export const EventDoc = z
	.discriminatedUnion('kind', [
		AssignedEvent,
		TransferredEvent,
		SupplementRequestedEvent,
		SupplementReceivedEvent,
		ResolvedEvent,
		RefusedEvent,
		ReturnedEvent,
		ApologyEvent,
		WithdrawnEvent,
		CorrectedEvent,
		FeePaidEvent,
		EvaluatedEvent,
		NoteEvent,
		FeeRequestedEvent,
		WithdrawalRequestedEvent,
		UpstreamAcceptedEvent,
		UpstreamSupplementRequestedEvent,
		UpstreamResolvedEvent,
		UpstreamRefusedEvent,
		UpstreamSentBackEvent
	])
	.superRefine((e, ctx) => {
		const expected = eventId(e.dossier_code, e.hlc, e.device_id, e.seq);
		if (e._id !== expected) {
			ctx.addIssue({
				code: 'custom',
				path: ['_id'],
				message: '_id',
				params: { messageKey: 'error.doc_id', expected }
			});
		}
	});
export type EventDoc = z.infer<typeof EventDoc>;
export type EventOf<K extends EventKind> = Extract<EventDoc, { kind: K }>;

/**
 * `event:<code>:<hlc>:<device>:<seq>`: readable, unique (one device never reuses a clock
 * reading) and sortable within a dossier (fixed-width clock, then device, then 6-digit sequence).
 */
export function eventId(code: string, hlc: string, device: string, seq: number): string {
	return `event:${code}:${hlc}:${device}:${String(seq).padStart(6, '0')}`;
}
