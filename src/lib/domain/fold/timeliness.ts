import { vnDateOf } from '$lib/domain/calendar/vn-time';
import type { IsoInstant } from '$lib/domain/schemas/common';
import type { DossierState, Timeliness } from './state';

/**
 * The national on-time test (Decision 766/QĐ-TTg index as transcribed, DOMAIN.md section 0 fact
 * 10, 3.5, 3.7): a dossier is on time when its end of processing is on or before the appointment,
 * with the time spent waiting for the citizen's supplement subtracted; more than one supplement
 * request makes it late.
 *
 * MotCua's reading, stated so it can be changed in one place:
 * - the appointment compared with is `due_at`: the receipt's appointment as recomputed after a
 *   supplement (restart or pause), but **not** the date of an apology. An apology is issued because
 *   the dossier will be late (Decree 61/2018 Art 19(9) sits under overdue dossiers), so it does
 *   not make it on time.
 * - waiting time is subtracted only where no new appointment already absorbed it.
 * - early means finished on an earlier Vietnam day than the appointment ("trước hạn", Form 06).
 * - a withdrawn dossier owes no result: `not_applicable`.
 */
export function endTimeliness(state: DossierState): Timeliness | null {
	if (state.withdrawal !== null) return 'not_applicable';
	if (state.ended_at === null) return null;
	if (state.supplement_count > 1) return 'late';
	const end = Date.parse(state.ended_at) - state.unadjusted_wait_ms;
	const due = Date.parse(state.due_at);
	if (end > due) return 'late';
	return vnDateOf(new Date(end).toISOString()) < vnDateOf(state.due_at) ? 'early' : 'on_time';
}

/**
 * Timeliness as of `asOf`: the end-of-processing verdict once processing ended; while it runs,
 * `overdue` when the deadline has passed. A dossier waiting for a supplement is measured at the
 * time of the request (the clock does not run against the office while the citizen has it).
 */
export function timeliness(state: DossierState, asOf: IsoInstant): Timeliness {
	const ended = endTimeliness(state);
	if (ended !== null) return ended;
	const at = Date.parse(state.supplement_requested_at ?? asOf) - state.unadjusted_wait_ms;
	return at > Date.parse(state.due_at) ? 'overdue' : 'not_due';
}
