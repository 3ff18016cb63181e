import { workingDaysBetweenIn } from '$lib/domain/calendar/working-day';
import type { CalendarIndex } from '$lib/domain/calendar/calendar-index';
import { ok, type Result } from '$lib/domain/errors';
import type { LocalDate } from '$lib/domain/schemas/common';
import { periodBounds, type Period } from './period';
import type { ReportInput } from './classify';
import type { DossierSummary } from './summary';

/**
 * Working days at each level of a transferred dossier (issue 17), from its `levelChain`: at the
 * commune before the (first) transfer, at the upstream unit (every span a unit held it), and back
 * at the commune (after each answer from upstream until the next transfer or the return). Each
 * span is counted the Civil Code way (Art 147, as the legal deadlines are): the working days
 * after the day it began up to and including the day it ended, so spans add up to the whole
 * chain. Received Monday, transferred Wednesday, resolved upstream the next Tuesday, returned
 * Thursday: 2 + 4 + 2 = 8 working days.
 */
export interface LevelDays {
	readonly communeBefore: number;
	readonly upstream: number;
	readonly communeAfter: number;
}

export function levelDays(chain: readonly LocalDate[], index: CalendarIndex): Result<LevelDays> {
	let communeBefore = 0;
	let upstream = 0;
	let communeAfter = 0;
	for (let i = 0; i + 1 < chain.length; i++) {
		const span = workingDaysBetweenIn(index, chain[i]!, chain[i + 1]!);
		if (!span.ok) return span;
		if (i % 2 === 1) upstream += span.value;
		else if (i === 0) communeBefore += span.value;
		else communeAfter += span.value;
	}
	return ok({ communeBefore, upstream, communeAfter });
}

/**
 * The transferred dossiers whose chain ended in the period (returned, or closed without a
 * return): how many, the average working days at each level, and the on-time rate of the whole
 * chain — the fold judges the end of processing (the unit's result) against the one legal
 * deadline set at the commune's receipt, never a deadline restarted at the transfer.
 * `uncounted` are the dossiers whose days could not be counted (no calendar for a year they span).
 */
export interface LevelFigures {
	readonly dossiers: number;
	readonly judged: number;
	readonly onTime: number;
	/** Per cent of `judged`, or null when none was judged. */
	readonly onTimeRate: number | null;
	readonly communeBefore: number;
	readonly upstream: number;
	readonly communeAfter: number;
	readonly uncounted: number;
}

type LevelInput = Pick<ReportInput, 'returned_at' | 'closed_at' | 'timeliness'> &
	Partial<Pick<DossierSummary, 'chain'>>;

export function levelFigures(
	rows: readonly LevelInput[],
	period: Period,
	index: CalendarIndex
): LevelFigures {
	const { start, end } = periodBounds(period);
	let dossiers = 0;
	let judged = 0;
	let onTime = 0;
	let uncounted = 0;
	const sum = { communeBefore: 0, upstream: 0, communeAfter: 0 };
	for (const r of rows) {
		if (!r.chain) continue;
		const at = r.returned_at || r.closed_at;
		if (at === '' || at < start || at >= end) continue;
		const days = levelDays(r.chain, index);
		if (!days.ok) {
			uncounted += 1;
			continue;
		}
		dossiers += 1;
		sum.communeBefore += days.value.communeBefore;
		sum.upstream += days.value.upstream;
		sum.communeAfter += days.value.communeAfter;
		if (r.timeliness === '') continue;
		judged += 1;
		if (r.timeliness === 'early' || r.timeliness === 'on_time') onTime += 1;
	}
	const avg = (n: number) => (dossiers === 0 ? 0 : n / dossiers);
	return {
		dossiers,
		judged,
		onTime,
		onTimeRate: judged === 0 ? null : (onTime / judged) * 100,
		communeBefore: avg(sum.communeBefore),
		upstream: avg(sum.upstream),
		communeAfter: avg(sum.communeAfter),
		uncounted
	};
}
