import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import fc from 'fast-check';
import {
	addWorkingDays,
	dayKind,
	isWorkingDay,
	nextWorkingDay,
	workingDaysBetween
} from '$lib/domain/calendar';
import { calendarYear, holiday, seedCalendars, swap } from '../../../builders/calendar';

const calendars = seedCalendars();

function value<T>(r: { ok: true; value: T } | { ok: false; errors: readonly unknown[] }): T {
	if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
	return r.value;
}

describe('working days (DOMAIN.md fact 6)', () => {
	it('Decision 188/1999/QĐ-TTg: Monday to Friday are working days, Saturday and Sunday are not', () => {
		expect(value(isWorkingDay('2026-03-02', calendars))).toBe(true);
		expect(value(isWorkingDay('2026-03-06', calendars))).toBe(true);
		expect(value(isWorkingDay('2026-03-07', calendars))).toBe(false);
		expect(value(isWorkingDay('2026-03-08', calendars))).toBe(false);
		expect(value(dayKind('2026-03-08', calendars))).toBe('weekend');
	});

	it('Labour Code Art 112: the Tết days of 2026 (Mon 16 – Fri 20 Feb) are days off', () => {
		for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
			expect(value(dayKind(d, calendars))).toBe('holiday');
		}
	});

	it('Labour Code Art 111(3): Mon 27 Apr 2026 is a compensatory day for Giỗ Tổ on Sun 26 Apr', () => {
		expect(value(dayKind('2026-04-26', calendars))).toBe('holiday');
		expect(value(dayKind('2026-04-27', calendars))).toBe('compensatory');
		expect(value(isWorkingDay('2026-04-27', calendars))).toBe(false);
	});

	it('công văn 12729/VPCP-KGVX: Sat 10 Jan 2026 is a make-up working day, Fri 2 Jan a day off', () => {
		expect(value(dayKind('2026-01-10', calendars))).toBe('makeup_workday');
		expect(value(isWorkingDay('2026-01-10', calendars))).toBe(true);
		expect(value(isWorkingDay('2026-01-02', calendars))).toBe(false);
		expect(value(isWorkingDay('2026-08-22', calendars))).toBe(true);
		expect(value(isWorkingDay('2025-04-26', calendars))).toBe(true);
		expect(value(isWorkingDay('2025-05-02', calendars))).toBe(false);
	});

	it('the next working day after Fri 13 Feb 2026 is Mon 23 Feb, after the Tết break', () => {
		expect(value(nextWorkingDay('2026-02-13', calendars))).toBe('2026-02-23');
		expect(value(nextWorkingDay('2025-12-31', calendars))).toBe('2026-01-05');
	});

	it('Civil Code Art 147: adding working days does not count the starting day', () => {
		expect(value(addWorkingDays('2026-03-02', 0, calendars))).toBe('2026-03-02');
		expect(value(addWorkingDays('2026-03-02', 1, calendars))).toBe('2026-03-03');
		expect(value(addWorkingDays('2026-03-06', 1, calendars))).toBe('2026-03-09');
		expect(value(addWorkingDays('2026-02-13', 3, calendars))).toBe('2026-02-25');
		expect(value(addWorkingDays('2026-02-23', -1, calendars))).toBe('2026-02-13');
	});

	it('Civil Code Art 147: working days between two dates count the last day, not the first', () => {
		expect(value(workingDaysBetween('2026-02-13', '2026-02-27', calendars))).toBe(5);
		expect(value(workingDaysBetween('2026-02-27', '2026-02-13', calendars))).toBe(-5);
		expect(value(workingDaysBetween('2026-03-02', '2026-03-02', calendars))).toBe(0);
	});

	it('each shipped year has 250 working days (261 weekdays, minus days off, plus make-up days)', () => {
		expect(value(workingDaysBetween('2024-12-31', '2025-12-31', calendars))).toBe(250);
		expect(value(workingDaysBetween('2025-12-31', '2026-12-31', calendars))).toBe(250);
		expect(value(workingDaysBetween('2026-12-31', '2027-12-31', calendars))).toBe(250);
	});

	it('DOMAIN.md §4.4: a year with no calendar is a typed error naming the year, never a guess', () => {
		const r = isWorkingDay('2030-01-02', calendars);
		expectFailure(r);
		expect(r.errors[0]?.code).toBe('calendar_missing');
		expect(r.errors[0]?.params.year).toBe(2030);
		expect(r.errors[0]?.message).toContain('chưa có lịch năm 2030');
		const across = addWorkingDays('2027-12-30', 5, calendars);
		expect(!across.ok && across.errors[0]?.params.year).toBe(2028);
	});

	it('an impossible date is refused with a Vietnamese message', () => {
		const r = isWorkingDay('2026-02-30', calendars);
		expectFailure(r);
		expect(r.errors[0]?.message).toBe('Ngày: không phải ngày hợp lệ (định dạng YYYY-MM-DD).');
		const half = addWorkingDays('2026-03-02', 1.5, calendars);
		expect(!half.ok && half.errors[0]?.code).toBe('calendar_not_whole_days');
	});

	it('a hand-made calendar is data, not code: a new holiday changes the count', () => {
		const plain = [calendarYear(2030)];
		const withHoliday = [
			calendarYear(2030, {
				holidays: [holiday('2030-03-05'), holiday('2030-03-09')],
				compensatory_days: [swap('2030-03-11', '2030-03-09')]
			})
		];
		expect(value(addWorkingDays('2030-03-04', 5, plain))).toBe('2030-03-11');
		expect(value(addWorkingDays('2030-03-04', 5, withHoliday))).toBe('2030-03-13');
	});

	it('when a year is shipped twice the highest version wins', () => {
		const v1 = calendarYear(2030);
		const v2 = calendarYear(2030, { version: 2, holidays: [holiday('2030-03-05')] });
		expect(value(isWorkingDay('2030-03-05', [v2, v1]))).toBe(false);
		expect(value(isWorkingDay('2030-03-05', [v1, v2]))).toBe(false);
	});

	it('property: n working days after any date of 2025–2026 lands on a working day n days away', () => {
		const day = fc.integer({ min: 0, max: 700 });
		const n = fc.integer({ min: 0, max: 25 });
		fc.assert(
			fc.property(day, n, (offset, count) => {
				const start = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000)
					.toISOString()
					.slice(0, 10);
				const end = value(addWorkingDays(start, count, calendars));
				expect(value(workingDaysBetween(start, end, calendars))).toBe(count);
				if (count > 0) expect(value(isWorkingDay(end, calendars))).toBe(true);
			})
		);
	});
});
