import type { Channel } from '$lib/domain/schemas/dossier';
import type { Rating } from '$lib/domain/schemas/events';
import type { Placement } from './classify';

/** The figures of a report line (the whole commune, one field, one procedure, one month). */
export interface Figures {
	/** Kỳ trước chuyển sang: still owed at the start of the period. */
	carried: number;
	/** Tiếp nhận trong kỳ, and by channel. */
	received: number;
	received_online: number;
	/** Direct, mobile and postal intake (the national "trực tiếp, bưu chính" column). */
	received_offline: number;
	/** Ended in the period (decision or refusal), by the 766 verdict. */
	resolved: number;
	early: number;
	on_time: number;
	late: number;
	refused: number;
	withdrawn: number;
	returned: number;
	/** Still in progress at the end of the period. */
	pending: number;
	not_due: number;
	overdue: number;
	processing_total_ms: number;
	processing_max_ms: number;
	ratings: Record<Rating, number>;
}

export function emptyFigures(): Figures {
	return {
		carried: 0,
		received: 0,
		received_online: 0,
		received_offline: 0,
		resolved: 0,
		early: 0,
		on_time: 0,
		late: 0,
		refused: 0,
		withdrawn: 0,
		returned: 0,
		pending: 0,
		not_due: 0,
		overdue: 0,
		processing_total_ms: 0,
		processing_max_ms: 0,
		ratings: { very_satisfied: 0, satisfied: 0, dissatisfied: 0 }
	};
}

/** Adds one placed dossier to `f` (mutates `f`: it is a private accumulator). */
export function addPlacement(f: Figures, p: Placement, channel: Channel): void {
	if (p.carried) f.carried += 1;
	if (p.received) {
		f.received += 1;
		if (channel === 'online') f.received_online += 1;
		else f.received_offline += 1;
	}
	if (p.ended) {
		f.resolved += 1;
		f[p.ended] += 1;
	}
	if (p.refused) f.refused += 1;
	if (p.withdrawn) f.withdrawn += 1;
	if (p.returned) f.returned += 1;
	if (p.pending) {
		f.pending += 1;
		f[p.pending] += 1;
	}
	if (p.processingMs !== null) {
		f.processing_total_ms += p.processingMs;
		f.processing_max_ms = Math.max(f.processing_max_ms, p.processingMs);
	}
	if (p.rating) f.ratings[p.rating] += 1;
}

/** Dossiers the office had to handle in the period: carried over plus received. */
export const handled = (f: Figures) => f.carried + f.received;

/**
 * The on-time rate, in percent, or `null` when nothing was judged yet:
 * (resolved early + on time) ÷ (resolved in the period + still in progress and already overdue).
 * Each resolution is judged by the national 766 test (supplement waiting subtracted, more than one
 * supplement request is late; an apology's new date does not make it on time), and an overdue
 * dossier still in progress already counts as late, so backlog cannot hide behind a good rate.
 * Withdrawn dossiers owe no result and are left out.
 */
export function onTimeRate(f: Figures): number | null {
	const judged = f.resolved + f.overdue;
	return judged === 0 ? null : ((f.early + f.on_time) / judged) * 100;
}

export const DAY_MS = 86_400_000;

/** Average processing time of the dossiers resolved in the period, in days (24 h), or null. */
export function averageDays(f: Figures): number | null {
	return f.resolved === 0 ? null : f.processing_total_ms / f.resolved / DAY_MS;
}

export const longestDays = (f: Figures): number | null =>
	f.resolved === 0 ? null : f.processing_max_ms / DAY_MS;

/** Share of ratings that are satisfied or very satisfied, in percent, or null with none. */
export function satisfactionRate(f: Figures): number | null {
	const r = f.ratings;
	const all = r.very_satisfied + r.satisfied + r.dissatisfied;
	return all === 0 ? null : ((r.very_satisfied + r.satisfied) / all) * 100;
}
