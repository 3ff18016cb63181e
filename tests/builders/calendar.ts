import { z } from 'zod';
import { CalendarYear, DEFAULT_CUTOFF, DEFAULT_OFFICE_HOURS } from '$lib/domain/schemas/calendar';
import type { CalendarHoliday, CalendarSwap } from '$lib/domain/schemas/calendar';
import seed from '$lib/seed/calendars.json';

/** A holiday entry with a Vietnamese default name. */
export function holiday(date: string, name = 'Ngày nghỉ lễ (thử nghiệm)'): CalendarHoliday {
	return { date, name };
}

/** A compensatory day or a make-up working day: `date` swapped for `forDate`. */
export function swap(date: string, forDate: string): CalendarSwap {
	return { date, for: forDate };
}

/**
 * The raw fields of a hand-made calendar year: no holidays, default office hours (07:30–11:30,
 * 13:30–17:00) and the 15:00 cut-off, unless overridden. Not validated: for tests of invalid docs.
 */
export function rawCalendarYear(year: number, overrides: Partial<CalendarYear> = {}): CalendarYear {
	return {
		_id: `calendar:${year}`,
		type: 'calendar',
		year,
		version: 1,
		provisional: false,
		holidays: [],
		compensatory_days: [],
		makeup_workdays: [],
		office_hours: { ...DEFAULT_OFFICE_HOURS },
		cutoff: DEFAULT_CUTOFF,
		sources: ['Lịch dựng tay cho kiểm thử'],
		...overrides
	};
}

/** A schema-valid calendar year (throws when the overrides make it invalid). */
export function calendarYear(year: number, overrides: Partial<CalendarYear> = {}): CalendarYear {
	return CalendarYear.parse(rawCalendarYear(year, overrides));
}

/** The calendars shipped in `src/lib/seed/calendars.json` (2025, 2026, provisional 2027), parsed. */
export function seedCalendars(): CalendarYear[] {
	return z.array(CalendarYear).parse(seed);
}
