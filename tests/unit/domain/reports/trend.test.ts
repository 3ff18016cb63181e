import { describe, expect, it } from 'vitest';
import {
	buildReport,
	monthOfKey,
	monthPeriod,
	addPlacement,
	emptyFigures,
	onTimeRate,
	place,
	quarterPeriod,
	yearPeriod,
	customPeriod,
	type Period
} from '$lib/domain/reports';
import { randomReportRows } from '../../../builders/report-row';

/** The figures of one month with every row placed in it. */
function periodFigures(rows: Parameters<typeof buildReport>[0], month: Period, now: string) {
	const f = emptyFigures();
	for (const s of rows) {
		const p = place(s, month, now);
		if (p) addPlacement(f, p, s.channel);
	}
	return f;
}

/** The trend as its definition says: every row placed in every month, one month at a time. */
function naiveTrend(rows: Parameters<typeof buildReport>[0], period: Period, now: string) {
	return buildReport(rows, period, now).trend.map(({ month }) => {
		const f = periodFigures(rows, monthOfKey(month), now);
		return { month, resolved: f.resolved, overdue: f.overdue, rate: onTimeRate(f) };
	});
}

describe('the on-time trend places each dossier only in the months it belongs to', () => {
	// Two years of dossiers, so every period has rows received before, during and after it.
	const rows = randomReportRows(3000, '2024-10-01', 600, 7);
	const now = '2026-05-20T03:00:00.000Z';
	const periods: Period[] = [
		yearPeriod(2025),
		quarterPeriod(2025, 2),
		monthPeriod(2025, 3),
		monthPeriod(2026, 5),
		customPeriod('2025-02-14', '2025-11-02')
	];
	for (const period of periods) {
		it(`${period.kind} ${period.from} … ${period.to}: the same figures as month by month`, () => {
			const trend = buildReport(rows, period, now).trend;
			expect(trend.some((p) => p.resolved > 0)).toBe(true);
			expect(trend.some((p) => p.overdue > 0)).toBe(true);
			expect(trend).toEqual(naiveTrend(rows, period, now));
		});
	}
});
