import { z } from 'zod';
import { Timeliness, type DossierState } from '$lib/domain/fold/state';
import { IsoInstant, LocalDate } from '$lib/domain/schemas/common';
import { Channel } from '$lib/domain/schemas/dossier';
import { Rating } from '$lib/domain/schemas/events';
import { STATUS } from '$lib/domain/status';
import { vnInstant } from '$lib/domain/calendar/vn-time';
import { levelChain } from './level-chain';

/**
 * What a report needs to know of one dossier: a few dates and verdicts taken from its fold. The
 * device's read model stores it inside each tracking-book row; the upstream view computes it from
 * the documents it reads. Empty strings stand for "none" so every field can be indexed.
 */
export const DossierSummary = z.object({
	code: z.string(),
	received_at: IsoInstant,
	/** The Vietnam day it counts as received (the book's "received from/to" filter). */
	legal_receipt_date: LocalDate,
	procedure_code: z.string(),
	procedure_name: z.string(),
	field_code: z.string(),
	field_name: z.string(),
	channel: Channel,
	/** National status code 1–10. */
	status: z.number().int().min(1).max(10),
	/** The appointment the citizen holds now (moved by an apology). */
	appointment_at: IsoInstant,
	/** The legal deadline of the on-time test (moved by a supplement, never by an apology). */
	due_at: IsoInstant,
	/** 1 while processing runs: no decision, no refusal, not withdrawn. */
	in_progress: z.union([z.literal(0), z.literal(1)]),
	/** The instant after which a dossier still in progress is overdue (see `overdueAt`). */
	overdue_at: IsoInstant,
	/** End of processing (decision or refusal), or ''. */
	ended_at: z.union([IsoInstant, z.literal('')]),
	/** When the office stopped owing work: end of processing or withdrawal, or ''. */
	closed_at: z.union([IsoInstant, z.literal('')]),
	withdrawn_at: z.union([IsoInstant, z.literal('')]),
	returned_at: z.union([IsoInstant, z.literal('')]),
	/** The on-time verdict of the end of processing, or '' while processing runs. */
	timeliness: z.union([Timeliness, z.literal('')]),
	/** Receipt to end of processing, minus the time the citizen had it for a supplement. */
	processing_ms: z.number().nonnegative(),
	rating: z.union([Rating, z.literal('')]),
	rated_at: z.union([IsoInstant, z.literal('')]),
	/**
	 * 1 when the evaluation (taken at `rated_at`) says the citizen made a complaint or petition
	 * (phản ánh, kiến nghị) about the dossier: the 766 satisfaction figure counts it as a dislike.
	 * Rows written before this field existed have none until the book is rebuilt.
	 */
	complained: z.union([z.literal(0), z.literal(1)]).optional(),
	/**
	 * One-stop across levels (issue 17), for a dossier that went to an upstream unit and whose
	 * chain has ended: the hand-over dates (`levelChain`), from which the report counts the
	 * working days at each level with the calendar (`levelDays`). Absent otherwise, and in rows
	 * projected before it existed until the book is rebuilt.
	 */
	chain: z.array(LocalDate).optional()
});
export type DossierSummary = z.infer<typeof DossierSummary>;

/**
 * The lean copy of a summary the device's report reads: only what `place` and the breakdowns
 * need. A year of a large commune is 20,000 of them, read in one go, so every field left out is
 * time saved deserialising (the tracking-book row is three times the size).
 */
export const ReportRow = DossierSummary.pick({
	code: true,
	legal_receipt_date: true,
	closed_at: true,
	ended_at: true,
	timeliness: true,
	withdrawn_at: true,
	status: true,
	returned_at: true,
	overdue_at: true,
	processing_ms: true,
	rating: true,
	rated_at: true,
	complained: true,
	channel: true,
	field_code: true,
	field_name: true,
	procedure_code: true,
	procedure_name: true,
	chain: true
});
export type ReportRow = z.infer<typeof ReportRow>;

/**
 * The last instant at which a closed dossier still adds to a period: its closing, return or
 * rating, whichever came last. A period starting after it gets nothing from the dossier unless it
 * was received in it. `null` while the dossier is open: it is carried into every period.
 */
export function lastActivity(
	s: Pick<DossierSummary, 'closed_at' | 'returned_at' | 'rated_at'>
): string | null {
	if (s.closed_at === '') return null;
	let last = s.closed_at;
	if (s.returned_at > last) last = s.returned_at;
	if (s.rated_at > last) last = s.rated_at;
	return last;
}

/** Months a dossier stays open across, at most (bad data must not loop for ever). */
const MAX_CARRIED_MONTHS = 1200;

/**
 * The first days `M` of the months a closed dossier reaches into from before: received before
 * `M`, and closed, returned or rated on or after Vietnam midnight of `M` (`lastActivity`) — the
 * dossiers `place` may count in a period starting on `M` although they were received earlier.
 * Most dossiers are closed and returned within the month they came in and have none, so an index
 * over this list finds the few without looking at the rest. A dossier still open has none: it
 * reaches into every month from now on, and is found as open instead.
 */
export function carriedInto(
	s: Pick<DossierSummary, 'legal_receipt_date' | 'closed_at' | 'returned_at' | 'rated_at'>
): string[] {
	const months: string[] = [];
	const last = lastActivity(s);
	if (last === null) return months;
	let year = Number(s.legal_receipt_date.slice(0, 4));
	let month = Number(s.legal_receipt_date.slice(5, 7));
	while (months.length < MAX_CARRIED_MONTHS) {
		month += 1;
		if (month > 12) {
			month = 1;
			year += 1;
		}
		const first = `${year}-${String(month).padStart(2, '0')}-01`;
		if (vnInstant(first, '00:00') > last) break;
		months.push(first);
	}
	return months;
}

/** The report row of a summary (pure): exactly `ReportRow`'s fields, nothing else. */
export function reportRow(s: DossierSummary): ReportRow {
	return {
		code: s.code,
		legal_receipt_date: s.legal_receipt_date,
		closed_at: s.closed_at,
		ended_at: s.ended_at,
		timeliness: s.timeliness,
		withdrawn_at: s.withdrawn_at,
		status: s.status,
		returned_at: s.returned_at,
		overdue_at: s.overdue_at,
		processing_ms: s.processing_ms,
		rating: s.rating,
		rated_at: s.rated_at,
		// A book row written before the field existed knows of no complaint.
		complained: s.complained ?? 0,
		channel: s.channel,
		field_code: s.field_code,
		field_name: s.field_name,
		procedure_code: s.procedure_code,
		procedure_name: s.procedure_name,
		...(s.chain ? { chain: s.chain } : {})
	};
}

/** Far future: a dossier waiting for a supplement within its time is never overdue meanwhile. */
export const NEVER = '9999-12-31T23:59:59.999Z';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The instant after which a dossier still in progress counts as overdue, the same test as
 * `timeliness(state, asOf)` (766 formula): `asOf − waiting time > due`, i.e. `asOf > due +
 * waiting time`; a dossier waiting for the citizen is judged at the time of the request, so it is
 * either overdue already or not while it waits.
 */
export function overdueAt(state: DossierState): string {
	const limit = Date.parse(state.due_at) + state.unadjusted_wait_ms;
	const pending = state.supplement_requested_at;
	if (pending !== null && Date.parse(pending) <= limit) return NEVER;
	return iso(limit);
}

/** The satisfaction answer: the evaluation form's overall rating, else the one taken at return. */
function ratingOf(state: DossierState): { rating: Rating | ''; rated_at: string } {
	if (state.evaluation) return { rating: state.evaluation.rating, rated_at: state.evaluation.at };
	for (const e of [...state.history].reverse()) {
		if (e.kind === 'returned' && e.satisfaction) return { rating: e.satisfaction, rated_at: e.at };
	}
	return { rating: '', rated_at: '' };
}

/**
 * Whether the citizen has rated the dossier already, on the evaluation form (or the kiosk) or
 * when the result was handed over: the kiosk does not ask twice, as the report counts one answer.
 */
export const isRated = (state: DossierState): boolean => ratingOf(state).rating !== '';

/** Whether the evaluation form records a complaint or petition, answered or not. */
function complainedOf(state: DossierState): 0 | 1 {
	const handling = state.evaluation?.answers.complaint_handling;
	return handling === 'satisfied' || handling === 'dissatisfied' ? 1 : 0;
}

function chainOf(state: DossierState): { chain?: LocalDate[] } {
	const chain = levelChain(state);
	return chain ? { chain } : {};
}

/** The report summary of a folded dossier (pure). */
export function summarize(state: DossierState): DossierSummary {
	const d = state.dossier;
	const ended = state.ended_at ?? '';
	const withdrawn = state.withdrawal?.at ?? '';
	const inProgress =
		ended === '' && withdrawn === '' && state.status !== STATUS.not_accepted ? 1 : 0;
	const processing =
		ended === ''
			? 0
			: Math.max(0, Date.parse(ended) - Date.parse(d.received_at) - state.supplement_wait_ms);
	return {
		code: state.code,
		received_at: d.received_at,
		legal_receipt_date: d.legal_receipt_date,
		procedure_code: d.procedure.code,
		procedure_name: d.procedure.name,
		field_code: d.procedure.field.code,
		field_name: d.procedure.field.name,
		channel: d.channel,
		status: state.status,
		appointment_at: state.appointment_at,
		due_at: state.due_at,
		in_progress: inProgress,
		overdue_at: overdueAt(state),
		ended_at: ended,
		closed_at: ended || withdrawn,
		withdrawn_at: withdrawn,
		returned_at: state.returned_at ?? '',
		timeliness: state.timeliness ?? '',
		processing_ms: processing,
		...ratingOf(state),
		complained: complainedOf(state),
		...chainOf(state)
	};
}

/** Whether a dossier is overdue at `asOf`: still in progress and past its legal deadline. */
export function isOverdue(
	s: Pick<DossierSummary, 'in_progress' | 'overdue_at'>,
	asOf: string
): boolean {
	return s.in_progress === 1 && s.overdue_at < asOf;
}
