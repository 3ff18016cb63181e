import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import {
	averageDays,
	buildReport,
	customPeriod,
	longestDays,
	monthPeriod,
	NEVER,
	onTimeRate,
	onTimeRate766,
	quarterPeriod,
	reportEnd,
	reportStart,
	satisfaction766,
	satisfiedShare,
	summarize,
	trendMonths,
	yearPeriod,
	type DossierSummary
} from '$lib/domain/reports';
import { buildDossier, PROCEDURES } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story } from '../../../builders/events';
import { buildProcedure } from '../../../builders/procedure';

// Marital-status certificates (Hộ tịch, 3 working days): received Monday 7 Jul 2025 09:00 they
// are due Thursday 10 Jul 17:00. Two dossiers are certifications (Chứng thực, 3 working days).
const certification = buildProcedure({
	_id: 'procedure:2.000815',
	code: '2.000815',
	name: 'Chứng thực bản sao từ bản chính',
	field: { code: 'chung_thuc', name: 'Chứng thực' },
	time_limit: { unit: 'working_days', value: 3 }
});
// In force from 1 Jan 2025, so June dossiers can be received.
const procedures = [...PROCEDURES, certification].map((p) => ({
	...p,
	effective_from: '2025-01-01'
}));

function story(receivedAt = at('2025-07-07', '09:00'), procedure = '1.004873'): Story {
	return new Story(buildDossier({ procedure_code: procedure }, { now: receivedAt, procedures }));
}

const HOUR = 3_600_000;

/** The July 2025 histories, each told through the real commands. */
function july(): Record<string, Story> {
	const early = story();
	early.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '10:00'));

	const onTime = story();
	onTime.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-10', '16:30'));
	onTime.do(
		cmd.returnResult,
		{ ...DEFAULT_INPUT.returned, satisfaction: 'very_satisfied' },
		at('2025-07-14', '09:00')
	);

	const late = story();
	late.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-11', '09:00'));
	late.do(
		cmd.evaluate,
		{ answers: { time_vs_rule: 'later' }, rating: 'dissatisfied' },
		at('2025-07-11', '10:00')
	);

	// Restart: Form 02 on Tue 8 Jul, back Mon 14 Jul, new appointment Thu 17 Jul 17:00.
	const supplemented = story();
	supplemented.do(
		cmd.requestSupplement,
		DEFAULT_INPUT.supplement_requested,
		at('2025-07-08', '10:00')
	);
	supplemented.do(cmd.receiveSupplement, {}, at('2025-07-14', '09:00'));
	supplemented.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-17', '16:00'));

	// Apology with a new date (15 Jul): still late against the legal deadline of 10 Jul.
	const apologised = story();
	apologised.do(
		cmd.apologise,
		{ ...DEFAULT_INPUT.apology, new_appointment_at: at('2025-07-15', '17:00') },
		at('2025-07-09', '09:00')
	);
	apologised.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-14', '10:00'));

	const refused = story(at('2025-07-07', '09:00'), '2.000815');
	refused.do(cmd.refuse, DEFAULT_INPUT.refused, at('2025-07-08', '10:00'));

	const withdrawn = story();
	withdrawn.do(cmd.withdraw, DEFAULT_INPUT.withdrawn, at('2025-07-08', '10:00'));

	const overdue = story();

	// Received Wed 30 Jul: due Mon 4 Aug, not due when July ends.
	const notDue = story(at('2025-07-30', '09:00'), '2.000815');

	// Paused for a supplement, never brought back: measured at the request, within time.
	const waiting = story();
	waiting.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));

	// Received Mon 30 Jun (due Thu 3 Jul), resolved Wed 2 Jul: carried into July, early.
	const carried = story(at('2025-06-30', '09:00'));
	carried.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-02', '10:00'));

	// Received and resolved in June: not in July's report.
	const june = story(at('2025-06-02', '09:00'));
	june.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-06-03', '10:00'));

	return {
		early,
		onTime,
		late,
		supplemented,
		apologised,
		refused,
		withdrawn,
		overdue,
		notDue,
		waiting,
		carried,
		june
	};
}

const summaries = (stories: Record<string, Story>): DossierSummary[] =>
	Object.values(stories).map((s) => summarize(s.state));

const NOW = at('2025-08-15', '09:00');

describe('summaries of hand-made histories', () => {
	it('carry the 766 verdict, the overdue instant and the processing time', () => {
		const s = Object.fromEntries(
			Object.entries(july()).map(([k, v]) => [k, summarize(v.state)])
		) as Record<string, DossierSummary>;
		expect(s.early).toMatchObject({
			timeliness: 'early',
			in_progress: 0,
			processing_ms: 25 * HOUR
		});
		expect(s.onTime).toMatchObject({ timeliness: 'on_time', rating: 'very_satisfied' });
		expect(s.late).toMatchObject({ timeliness: 'late', rating: 'dissatisfied' });
		// 10 days 7 hours from receipt to result, less 143 hours with the citizen.
		expect(s.supplemented).toMatchObject({ timeliness: 'on_time', processing_ms: 104 * HOUR });
		expect(s.apologised).toMatchObject({
			timeliness: 'late',
			appointment_at: at('2025-07-15', '17:00'),
			due_at: at('2025-07-10', '17:00')
		});
		expect(s.refused).toMatchObject({ status: 3, timeliness: 'early', in_progress: 0 });
		expect(s.withdrawn).toMatchObject({ timeliness: 'not_applicable', in_progress: 0 });
		expect(s.overdue).toMatchObject({ in_progress: 1, overdue_at: at('2025-07-10', '17:00') });
		expect(s.waiting).toMatchObject({ in_progress: 1, overdue_at: NEVER });
	});
});

describe('the report of July 2025, made on 15 Aug', () => {
	const report = buildReport(summaries(july()), monthPeriod(2025, 7), NOW);
	const t = report.totals;

	it('counts received, carried over, resolved by verdict, refused, withdrawn and returned', () => {
		expect(t).toMatchObject({
			carried: 1,
			received: 10,
			received_online: 0,
			received_offline: 10,
			resolved: 7,
			early: 3,
			on_time: 2,
			late: 2,
			refused: 1,
			withdrawn: 1,
			returned: 1,
			pending: 3,
			not_due: 2,
			overdue: 1
		});
		expect(report.asOf).toBe(at('2025-08-01', '00:00'));
	});

	it('operational on-time rate (MotCua rule operationalAddsOverdue) = (early + on time) ÷ (resolved + overdue in progress) = 5 ÷ 8', () => {
		expect(onTimeRate(t)).toBe(62.5);
	});

	it('national on-time rate (QĐ 766, refusals resolved) = (early + on time) ÷ resolved = 5 ÷ 7', () => {
		expect(t.resolved).toBe(7);
		expect(onTimeRate766(t)).toBeCloseTo((5 / 7) * 100, 9);
	});

	it('processing time in days: average 547.5 h ÷ 7, longest 169 h', () => {
		expect(averageDays(t)).toBeCloseTo(547.5 / 7 / 24, 9);
		expect(longestDays(t)).toBeCloseTo(169 / 24, 9);
	});

	it('satisfaction: one very satisfied, one dissatisfied; QĐ 766: 100 − (2 late + 1 dislike) ÷ 7', () => {
		expect(t.ratings).toEqual({ very_satisfied: 1, satisfied: 0, dissatisfied: 1 });
		expect(satisfiedShare(t)).toBe(50);
		expect(t.late).toBe(2);
		expect(t.disliked).toBe(1);
		expect(satisfaction766(t)).toBeCloseTo(100 - (3 / 7) * 100, 9);
	});

	it('breaks down by field and by procedure', () => {
		expect(report.byField.map((l) => [l.code, l.figures.received, l.figures.resolved])).toEqual([
			['chung_thuc', 2, 1],
			['ho_tich', 8, 6]
		]);
		const hoTich = report.byField[1]?.figures;
		expect(hoTich && onTimeRate(hoTich)).toBeCloseTo((4 / 7) * 100, 9);
		expect(report.byProcedure.map((l) => l.code)).toEqual(['1.004873', '2.000815']);
	});

	it('trend: the six months to July, June at 100 % and July at 62.5 %', () => {
		expect(report.trend.map((p) => [p.month, p.rate])).toEqual([
			['2025-02', null],
			['2025-03', null],
			['2025-04', null],
			['2025-05', null],
			['2025-06', 100],
			['2025-07', 62.5]
		]);
	});

	it('judges a period that is not over at the moment the report is made', () => {
		const mid = buildReport(summaries(july()), monthPeriod(2025, 7), at('2025-07-10', '12:00'));
		// By 10 Jul noon: early, refused, withdrawn, carried closed; nothing overdue yet.
		expect(mid.totals).toMatchObject({ resolved: 3, early: 3, overdue: 0, withdrawn: 1 });
	});
});

describe('periods', () => {
	it('month, quarter, year and custom ranges', () => {
		expect(monthPeriod(2024, 2)).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
		expect(quarterPeriod(2025, 4)).toEqual({
			kind: 'quarter',
			from: '2025-10-01',
			to: '2025-12-31'
		});
		expect(yearPeriod(2026).to).toBe('2026-12-31');
		expect(customPeriod('2025-07-20', '2025-07-01')).toMatchObject({
			from: '2025-07-01',
			to: '2025-07-20'
		});
		expect(trendMonths(quarterPeriod(2025, 3))).toEqual(['2025-07', '2025-08', '2025-09']);
		expect(trendMonths(monthPeriod(2026, 2))[0]).toBe('2025-09');
		// The rows a report reads cover its trend's whole months.
		const custom = customPeriod('2025-03-17', '2025-04-09');
		expect([reportStart(custom), reportEnd(custom)]).toEqual(['2024-11-01', '2025-04-30']);
		expect([reportStart(yearPeriod(2025)), reportEnd(yearPeriod(2025))]).toEqual([
			'2025-01-01',
			'2025-12-31'
		]);
	});

	it('a quarter report adds up its months', () => {
		const all = summaries(july());
		const q = buildReport(all, quarterPeriod(2025, 3), NOW).totals;
		const m = buildReport(all, monthPeriod(2025, 7), NOW).totals;
		expect(q.received).toBe(m.received);
		expect(q.resolved).toBe(m.resolved);
		// #notDue is resolved in neither: by 15 Aug it is overdue (due 4 Aug).
		expect(q.overdue).toBe(2);
	});

	it('a result resolved in June and handed over and rated in July counts as returned in July', () => {
		// Received Mon 23 Jun, resolved Mon 30 Jun, returned Wed 2 Jul, rated Thu 3 Jul.
		const late = story(at('2025-06-23', '09:00'));
		late.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-06-30', '10:00'));
		late.do(cmd.returnResult, DEFAULT_INPUT.returned, at('2025-07-02', '09:00'));
		late.do(
			cmd.evaluate,
			{ answers: { time_vs_rule: 'on_time' }, rating: 'satisfied' },
			at('2025-07-03', '09:00')
		);
		const all = [summarize(late.state)];
		const june = buildReport(all, monthPeriod(2025, 6), NOW).totals;
		const july = buildReport(all, monthPeriod(2025, 7), NOW);
		expect(june).toMatchObject({ received: 1, resolved: 1, returned: 0 });
		expect(july.totals).toMatchObject({
			carried: 0,
			received: 0,
			resolved: 0,
			pending: 0,
			returned: 1,
			ratings: { very_satisfied: 0, satisfied: 1, dissatisfied: 0 }
		});
		// It is in July's breakdown line of its field, and the months add up to the quarter-year.
		expect(july.byField.map((l) => [l.code, l.figures.returned])).toEqual([['ho_tich', 1]]);
		const half = buildReport(all, customPeriod('2025-06-01', '2025-07-31'), NOW).totals;
		expect(half.returned).toBe(june.returned + july.totals.returned);
		expect(
			buildReport(all, yearPeriod(2025), NOW).trend.find((p) => p.month === '2025-07')
		).toMatchObject({ resolved: 0 });
	});
});
