import { describe, expect, it } from 'vitest';
import { CalendarYear } from '$lib/domain/schemas/calendar';
import { zodToDomainErrors } from '$lib/domain/validate/zod-errors';
import { holiday, rawCalendarYear, swap } from '../../../builders/calendar';
import { expectRejected } from '../../../builders/result';

/** The message keys of the custom issues a document raises, with their paths. */
function issues(doc: unknown): string[] {
	const r = CalendarYear.safeParse(doc);
	if (r.success) return [];
	return r.error.issues.map((i) => {
		const key = i.code === 'custom' ? String(i.params?.messageKey) : i.code;
		return `${i.path.join('.')} ${key}`;
	});
}

describe('CalendarYear schema', () => {
	it('accepts a plain hand-made year', () => {
		expect(issues(rawCalendarYear(2030))).toEqual([]);
	});

	it('the id is calendar:<year>', () => {
		expect(issues(rawCalendarYear(2030, { _id: 'calendar:2031' }))).toEqual([
			'_id error.calendar_id_mismatch'
		]);
		expect(issues({ ...rawCalendarYear(2030), type: 'dossier' })).toEqual(['type invalid_value']);
	});

	it('every listed date lies inside the year', () => {
		const doc = rawCalendarYear(2030, { holidays: [holiday('2031-01-01')] });
		expect(issues(doc)).toEqual(['holidays.0.date error.calendar_date_outside_year']);
	});

	it('công văn VPCP swaps: no date is both a day off and a make-up working day', () => {
		const doc = rawCalendarYear(2026, {
			holidays: [holiday('2026-01-10'), holiday('2026-01-02')],
			makeup_workdays: [swap('2026-01-10', '2026-01-02')]
		});
		expect(issues(doc)).toEqual(['makeup_workdays.0.date error.calendar_holiday_and_makeup']);
	});

	it('a date is listed once across holidays and compensatory days', () => {
		const doc = rawCalendarYear(2026, {
			holidays: [holiday('2026-04-26'), holiday('2026-04-27')],
			compensatory_days: [swap('2026-04-27', '2026-04-26')]
		});
		expect(issues(doc)).toEqual(['compensatory_days.0.date error.calendar_duplicate_date']);
	});

	it('Labour Code Art 111(3): a compensatory day is a weekday and compensates a listed holiday', () => {
		const doc = rawCalendarYear(2026, {
			holidays: [holiday('2026-04-26')],
			compensatory_days: [swap('2026-04-25', '2026-04-26'), swap('2026-04-28', '2026-04-19')]
		});
		expect(issues(doc)).toEqual([
			'compensatory_days.0.date error.calendar_compensatory_on_weekend',
			'compensatory_days.1.for error.calendar_for_not_holiday'
		]);
	});

	it('a make-up working day is a Saturday or Sunday swapped for a listed day off', () => {
		const doc = rawCalendarYear(2026, {
			holidays: [holiday('2026-01-02')],
			makeup_workdays: [swap('2026-01-09', '2026-01-02'), swap('2026-01-10', '2026-01-05')]
		});
		expect(issues(doc)).toEqual([
			'makeup_workdays.0.date error.calendar_makeup_not_weekend',
			'makeup_workdays.1.for error.calendar_for_not_holiday'
		]);
		// A swap for a day of the previous year cannot be checked here and is accepted.
		const crossYear = rawCalendarYear(2026, {
			makeup_workdays: [swap('2026-01-03', '2025-12-29')]
		});
		expect(issues(crossYear)).toEqual([]);
	});

	it('office hours run in order and the cut-off lies inside them', () => {
		const hours = {
			morning_start: '07:30',
			morning_end: '13:30',
			afternoon_start: '13:00',
			afternoon_end: '17:00'
		};
		expect(issues(rawCalendarYear(2030, { office_hours: hours }))).toEqual([
			'office_hours error.calendar_office_hours_order'
		]);
		expect(issues(rawCalendarYear(2030, { cutoff: '18:00' }))).toEqual([
			'cutoff error.calendar_cutoff_outside_hours'
		]);
		expect(issues(rawCalendarYear(2030, { cutoff: '15:60' }))).toEqual(['cutoff invalid_format']);
	});

	it('errors reach the officer in Vietnamese, naming the field', () => {
		const r = CalendarYear.safeParse(
			rawCalendarYear(2026, {
				holidays: [holiday('2026-01-02')],
				makeup_workdays: [swap('2026-01-09', '2026-01-02')]
			})
		);
		expectRejected(r);
		const [error] = zodToDomainErrors(r.error);
		expect(error?.field).toBe('makeup_workdays.0.date');
		expect(error?.message).toBe(
			'Ngày làm bù: ngày 2026-01-09 không phải thứ Bảy hoặc Chủ nhật nên không thể là ngày làm bù.'
		);
	});
});
