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
	/** Rated in the period "dissatisfied" or with a complaint (the 766 "dislikes"). */
	disliked: number;
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
		ratings: { very_satisfied: 0, satisfied: 0, dissatisfied: 0 },
		disliked: 0
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
	if (p.disliked) f.disliked += 1;
}

/** Dossiers the office had to handle in the period: carried over plus received. */
export const handled = (f: Figures) => f.carried + f.received;

/*
 * The rules behind the report's rates, each named with its source, so a reader of a figure can
 * tell the national definition from a choice MotCua makes where the texts are silent (the
 * report page says the same in words under "Cách tính các tỷ lệ", i18n `reports.rules.*`):
 *
 * - verdict766: each ended dossier is judged by the 766 test: supplement waiting subtracted,
 *   more than one supplement request is late, an apology's new date does not make it on time.
 *   QĐ 766/QĐ-TTg, "Mô tả công thức tính chỉ số 766" [R]; shared/DOMAIN.md 3.5.
 * - refusalIsResolved: a refusal during processing (status 4, "không được giải quyết") ends
 *   processing: it is in the denominator and judged on time or late like a decision. The
 *   national description counts dossiers "đã giải quyết" and does not set refusals apart;
 *   MotCua follows it. NĐ 61/2018 Art 19(8) (a refusal is a written answer); MotCua decision.
 * - nationalDenominator: the national figure divides by the dossiers resolved in the period
 *   only. QĐ 766/QĐ-TTg, progress group: on-time ÷ resolved [R].
 * - operationalAddsOverdue: MotCua's operational figure also counts dossiers still running past
 *   their deadline as late, so a backlog cannot hide behind a good national rate. MotCua
 *   decision (not reported upstream as 766).
 * - satisfaction766: 100 % − (late % + % with complaints or dislikes), over the resolved.
 *   QĐ 766/QĐ-TTg, satisfaction group [R]; shared/DOMAIN.md 3.7.
 */

/**
 * The national on-time rate (766), in percent, or `null` when nothing ended in the period:
 * (resolved early + on time) ÷ resolved in the period, refusals included (refusalIsResolved above).
 * Withdrawn dossiers owe no result and are left out.
 */
export function onTimeRate766(f: Figures): number | null {
	return f.resolved === 0 ? null : ((f.early + f.on_time) / f.resolved) * 100;
}

/**
 * MotCua's operational on-time rate, in percent, or `null` when nothing was judged yet:
 * (resolved early + on time) ÷ (resolved in the period + still in progress and already overdue).
 * An overdue dossier still in progress already counts as late (`operationalAddsOverdue`).
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

/**
 * The national satisfaction figure (766), in percent, or `null` when nothing ended in the
 * period: 100 − (late % + dislike %), both shares of the dossiers resolved in the period; a
 * dislike is a rating "dissatisfied" or an evaluation with a complaint, taken in the period.
 * Never below 0. Full score at ≥ 90 %.
 */
export function satisfaction766(f: Figures): number | null {
	if (f.resolved === 0) return null;
	const latePct = (f.late / f.resolved) * 100;
	const dislikedPct = (f.disliked / f.resolved) * 100;
	return Math.max(0, 100 - (latePct + dislikedPct));
}

/** Share of ratings that are satisfied or very satisfied, in percent, or null with none. */
export function satisfiedShare(f: Figures): number | null {
	const r = f.ratings;
	const all = r.very_satisfied + r.satisfied + r.dissatisfied;
	return all === 0 ? null : ((r.very_satisfied + r.satisfied) / all) * 100;
}
