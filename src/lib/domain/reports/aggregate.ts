import { periodWindow, place, type PeriodWindow, type ReportInput as Summary } from './classify';
import { addPlacement, emptyFigures, onTimeRate, type Figures } from './figures';
import { lastActivity } from './summary';
import { monthOfKey, periodBounds, trendMonths, type Period } from './period';

/** One line of a breakdown: a field or a procedure. */
export interface GroupLine {
	readonly code: string;
	readonly name: string;
	readonly figures: Figures;
}

export interface TrendPoint {
	/** `YYYY-MM`. */
	readonly month: string;
	readonly resolved: number;
	readonly overdue: number;
	/** The on-time rate of that month (percent), or null when nothing was judged. */
	readonly rate: number | null;
}

export interface Report {
	readonly period: Period;
	/** The instant pending dossiers were judged at: the end of the period, or now. */
	readonly asOf: string;
	readonly totals: Figures;
	readonly byField: readonly GroupLine[];
	readonly byProcedure: readonly GroupLine[];
	readonly trend: readonly TrendPoint[];
}

function line(map: Map<string, GroupLine>, code: string, name: string): Figures {
	let found = map.get(code);
	if (!found) {
		found = { code, name, figures: emptyFigures() };
		map.set(code, found);
	}
	return found.figures;
}

const byName = (a: GroupLine, b: GroupLine) => a.name.localeCompare(b.name, 'vi');

/**
 * The on-time trend, month by month: the same figures as placing every dossier in every month, but
 * each dossier is placed only in the months it can add to — from the month it was received (or
 * the first month) until its last activity (`lastActivity`); `place` gives `null` for every
 * later month (closed, returned and rated before they began), so stopping there loses nothing.
 */
function trendOf(summaries: readonly Summary[], period: Period, now: string): TrendPoint[] {
	const months = trendMonths(period);
	const windows = months.map((m) => periodWindow(monthOfKey(m)));
	const figures = months.map(() => emptyFigures());
	const indexOf = new Map(months.map((m, i) => [m, i]));
	const first = windows[0]?.from ?? '';
	for (const s of summaries) {
		const from =
			s.legal_receipt_date < first
				? 0
				: (indexOf.get(s.legal_receipt_date.slice(0, 7)) ?? months.length);
		const last = lastActivity(s);
		for (let i = from; i < windows.length; i++) {
			const w = windows[i] as PeriodWindow;
			if (i > from && last !== null && w.start > last) break;
			const p = place(s, w, now);
			if (p) addPlacement(figures[i] as Figures, p, s.channel);
		}
	}
	return months.map((month, i) => {
		const f = figures[i] as Figures;
		return { month, resolved: f.resolved, overdue: f.overdue, rate: onTimeRate(f) };
	});
}

/**
 * The report of a period from dossier summaries (pure; `now` is the instant it is made). The
 * summaries may include dossiers outside the period: they are left out here.
 */
export function buildReport(summaries: readonly Summary[], period: Period, now: string): Report {
	const totals = emptyFigures();
	const fields = new Map<string, GroupLine>();
	const procedures = new Map<string, GroupLine>();
	const window = periodWindow(period);
	for (const s of summaries) {
		const p = place(s, window, now);
		if (!p) continue;
		addPlacement(totals, p, s.channel);
		addPlacement(line(fields, s.field_code, s.field_name), p, s.channel);
		addPlacement(line(procedures, s.procedure_code, s.procedure_name), p, s.channel);
	}
	const { end } = periodBounds(period);
	return {
		period,
		asOf: now < end ? now : end,
		totals,
		byField: [...fields.values()].sort(byName),
		byProcedure: [...procedures.values()].sort(byName),
		trend: trendOf(summaries, period, now)
	};
}
