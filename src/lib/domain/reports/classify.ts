import type { Rating } from '$lib/domain/schemas/events';
import { STATUS } from '$lib/domain/status';
import type { Period } from './period';
import { periodBounds } from './period';
import type { DossierSummary } from './summary';
import { isOverdue } from './summary';

/** Where one dossier stands in a period: the figures it adds to. */
export interface Placement {
	/** Received before the period and still owed work at its start ("kỳ trước chuyển sang"). */
	readonly carried: boolean;
	/** Received in the period (by its legal receipt date, as the book filters). */
	readonly received: boolean;
	/** Processing ended in the period: the 766 verdict; refusals included. */
	readonly ended: 'early' | 'on_time' | 'late' | null;
	readonly refused: boolean;
	readonly withdrawn: boolean;
	readonly returned: boolean;
	/** Still in progress at the end of the period (or now): not yet due, or overdue. */
	readonly pending: 'not_due' | 'overdue' | null;
	/** Processing time of a dossier that ended in the period. */
	readonly processingMs: number | null;
	readonly rating: Rating | null;
	/** Rated in the period "dissatisfied", or with a complaint: the 766 "dislike". */
	readonly disliked: boolean;
}

/** The summary fields a report reads. */
export type ReportInput = Pick<
	DossierSummary,
	| 'legal_receipt_date'
	| 'closed_at'
	| 'ended_at'
	| 'timeliness'
	| 'withdrawn_at'
	| 'status'
	| 'returned_at'
	| 'overdue_at'
	| 'processing_ms'
	| 'rating'
	| 'rated_at'
	| 'complained'
	| 'channel'
	| 'field_code'
	| 'field_name'
	| 'procedure_code'
	| 'procedure_name'
>;

const within = (at: string, start: string, end: string) => at !== '' && at >= start && at < end;

/** A period with its instants worked out once: `place` runs for every dossier and month. */
export interface PeriodWindow {
	readonly from: string;
	readonly to: string;
	readonly start: string;
	readonly end: string;
}

export function periodWindow(period: Pick<Period, 'from' | 'to'>): PeriodWindow {
	return { from: period.from, to: period.to, ...periodBounds(period) };
}

/** A placement that adds nothing, for the fields a dossier closed before a period leaves out. */
const NOTHING: Placement = {
	carried: false,
	received: false,
	ended: null,
	refused: false,
	withdrawn: false,
	returned: false,
	pending: null,
	processingMs: null,
	rating: null,
	disliked: false
};

/**
 * Places a dossier in a period judged at `asOf` (the end of the period, or now when the period
 * is not over). `null` when the dossier has nothing to do with the period: received after it, or
 * closed before it began and neither returned nor rated during it. A result handed over or rated
 * in the period counts there even when the dossier was resolved in an earlier one (resolved on 30
 * June, returned on 2 July: July's return), so the months of a year add up to the year.
 */
export function place(
	s: ReportInput,
	period: Period | PeriodWindow,
	asOf: string
): Placement | null {
	const w = 'start' in period ? period : periodWindow(period);
	const { start, end } = w;
	if (s.legal_receipt_date > w.to) return null;
	const judgedAt = asOf < end ? asOf : end;
	const returned = within(s.returned_at, start, judgedAt);
	const rating = s.rating !== '' && within(s.rated_at, start, judgedAt) ? s.rating : null;
	const disliked = rating !== null && (rating === 'dissatisfied' || s.complained === 1);
	const received = s.legal_receipt_date >= w.from;
	const carried = !received && (s.closed_at === '' || s.closed_at >= start);
	if (!received && !carried)
		return returned || rating ? { ...NOTHING, returned, rating, disliked } : null;
	const endedHere = s.ended_at !== '' && s.ended_at < judgedAt;
	const verdict =
		endedHere && (s.timeliness === 'early' || s.timeliness === 'on_time' || s.timeliness === 'late')
			? s.timeliness
			: null;
	const withdrawn = s.withdrawn_at !== '' && s.withdrawn_at < judgedAt;
	const closed = endedHere || withdrawn;
	// A dossier closed after `judgedAt` was still in progress then: judge it by its deadline.
	const running = closed ? null : { in_progress: 1 as const, overdue_at: s.overdue_at };
	return {
		carried,
		received,
		ended: verdict,
		refused: endedHere && s.status === STATUS.not_accepted,
		withdrawn,
		returned,
		pending: running ? (isOverdue(running, judgedAt) ? 'overdue' : 'not_due') : null,
		processingMs: verdict ? s.processing_ms : null,
		rating,
		disliked
	};
}
