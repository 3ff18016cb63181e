import { addDays } from '$lib/domain/calendar/local-date';
import { vnInstant } from '$lib/domain/calendar/vn-time';
import type { LocalDate } from '$lib/domain/schemas/common';

/** A report period: Vietnam dates `from` … `to`, both included. */
export interface Period {
	readonly kind: 'month' | 'quarter' | 'year' | 'custom';
	readonly from: LocalDate;
	readonly to: LocalDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1–12). */
function lastDay(year: number, month: number): LocalDate {
	return addDays(`${month === 12 ? year + 1 : year}-${pad(month === 12 ? 1 : month + 1)}-01`, -1);
}

export function monthPeriod(year: number, month: number): Period {
	return { kind: 'month', from: `${year}-${pad(month)}-01`, to: lastDay(year, month) };
}

export function quarterPeriod(year: number, quarter: number): Period {
	const first = (quarter - 1) * 3 + 1;
	return { kind: 'quarter', from: `${year}-${pad(first)}-01`, to: lastDay(year, first + 2) };
}

export function yearPeriod(year: number): Period {
	return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A custom range; the dates are swapped when given backwards. */
export function customPeriod(a: LocalDate, b: LocalDate): Period {
	return { kind: 'custom', from: a <= b ? a : b, to: a <= b ? b : a };
}

/** The period as UTC instants: [start, end), Vietnam midnight to Vietnam midnight. */
export function periodBounds(p: Pick<Period, 'from' | 'to'>): { start: string; end: string } {
	return { start: vnInstant(p.from, '00:00'), end: vnInstant(addDays(p.to, 1), '00:00') };
}

/** `YYYY-MM` of every month the period touches. */
export function monthsOf(p: Pick<Period, 'from' | 'to'>): string[] {
	const months: string[] = [];
	let y = Number(p.from.slice(0, 4));
	let m = Number(p.from.slice(5, 7));
	const last = p.to.slice(0, 7);
	for (;;) {
		const key = `${y}-${pad(m)}`;
		months.push(key);
		if (key >= last) return months;
		m += 1;
		if (m > 12) {
			m = 1;
			y += 1;
		}
	}
}

/** The whole month `YYYY-MM` as a period. */
export function monthOfKey(key: string): Period {
	return monthPeriod(Number(key.slice(0, 4)), Number(key.slice(5, 7)));
}

/**
 * The months of the on-time trend: the period's own months when it spans three or more,
 * otherwise the six months that end with the period's last month (a trend needs a few points).
 */
export function trendMonths(p: Pick<Period, 'from' | 'to'>): string[] {
	const own = monthsOf(p);
	if (own.length >= 3) return own;
	const lastKey = own[own.length - 1] ?? p.to.slice(0, 7);
	let y = Number(lastKey.slice(0, 4));
	let m = Number(lastKey.slice(5, 7)) - 5;
	while (m < 1) {
		m += 12;
		y -= 1;
	}
	return monthsOf({ from: `${y}-${pad(m)}-01`, to: p.to });
}

/** The first day a report over `p` (with its trend) needs dossiers from. */
export function reportStart(p: Pick<Period, 'from' | 'to'>): LocalDate {
	const first = trendMonths(p)[0];
	const trendFrom = first ? `${first}-01` : p.from;
	return trendFrom < p.from ? trendFrom : p.from;
}

/**
 * The last day a report over `p` (with its trend) needs dossiers from: the trend shows whole
 * months, so a custom period ending on the 9th still needs the rest of its last month.
 */
export function reportEnd(p: Pick<Period, 'from' | 'to'>): LocalDate {
	const last = trendMonths(p).at(-1);
	const trendTo = last ? monthOfKey(last).to : p.to;
	return trendTo > p.to ? trendTo : p.to;
}
