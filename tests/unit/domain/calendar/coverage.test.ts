import { describe, expect, it } from 'vitest';
import {
	calendarYearsMissing,
	calendarYearsProvisional,
	vnDateOf,
	yearOf
} from '$lib/domain/calendar';
import { calendarYear, seedCalendars } from '../../../builders/calendar';

describe('calendar coverage (DOMAIN.md §4.4: warn when a year has no calendar)', () => {
	it('lists the years with no calendar, once, ascending', () => {
		expect(calendarYearsMissing(seedCalendars(), [2028, 2026, 2024, 2028])).toEqual([2024, 2028]);
		expect(calendarYearsMissing([], [2026])).toEqual([2026]);
	});

	it('the current year is the Vietnam year: 31 Dec 2026 18:00 UTC is already 2027', () => {
		const year = yearOf(vnDateOf('2026-12-31T18:00:00.000Z'));
		expect(year).toBe(2027);
		expect(calendarYearsMissing([calendarYear(2026)], [year])).toEqual([2027]);
	});

	it('lists the years whose calendar is only provisional, by their highest version', () => {
		expect(calendarYearsProvisional(seedCalendars(), [2025, 2026, 2027, 2028])).toEqual([2027]);
		const official = calendarYear(2027, { version: 2, provisional: false });
		expect(calendarYearsProvisional([...seedCalendars(), official], [2027])).toEqual([]);
	});
});
