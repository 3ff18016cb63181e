import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { CalendarYear } from '$lib/domain/schemas/calendar';
import { LocalDate } from '$lib/domain/schemas/common';
import {
	dayKindIn,
	indexCalendars,
	isWorkingKind,
	type CalendarIndex,
	type DayKind
} from './calendar-index';
import { addDays } from './local-date';

/**
 * Working-day arithmetic (DOMAIN.md fact 6). Every function returns `error.calendar_missing` naming
 * the year instead of guessing when it needs a year that has no calendar: a deadline must come from
 * the approved calendar, never from "+24 h" (DOMAIN.md §3.4).
 *
 * The `…In` variants take a prebuilt `CalendarIndex` for callers that make many look-ups; the
 * others take the calendar documents and check their date arguments.
 */

export function isWorkingDayIn(index: CalendarIndex, date: LocalDate): Result<boolean> {
	const kind = dayKindIn(index, date);
	return kind.ok ? ok(isWorkingKind(kind.value)) : kind;
}

/** The first working day strictly after `date`. */
export function nextWorkingDayIn(index: CalendarIndex, date: LocalDate): Result<LocalDate> {
	return addWorkingDaysIn(index, date, 1);
}

/**
 * The `n`th working day after `date` (before it when `n` is negative; `date` itself when 0). Day 1
 * is the first working day after `date`: the day of the event is not counted (Civil Code 2015
 * Art 147(1)) and days off are skipped.
 */
export function addWorkingDaysIn(
	index: CalendarIndex,
	date: LocalDate,
	n: number
): Result<LocalDate> {
	const step = n < 0 ? -1 : 1;
	let left = Math.abs(n);
	let day = date;
	while (left > 0) {
		day = addDays(day, step);
		const working = isWorkingDayIn(index, day);
		if (!working.ok) return working;
		if (working.value) left--;
	}
	return ok(day);
}

/**
 * The number of working days `d` with `from < d ≤ to` (the Civil Code Art 147 way: the first day
 * is not counted, the last is); negative when `to` is before `from`.
 */
export function workingDaysBetweenIn(
	index: CalendarIndex,
	from: LocalDate,
	to: LocalDate
): Result<number> {
	if (to < from) {
		const back = workingDaysBetweenIn(index, to, from);
		return back.ok ? ok(-back.value) : back;
	}
	let count = 0;
	// `YYYY-MM-DD` strings sort as the dates they name.
	for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
		const working = isWorkingDayIn(index, day);
		if (!working.ok) return working;
		if (working.value) count++;
	}
	return ok(count);
}

function checkDate(date: string, field = 'date'): Result<LocalDate> {
	return LocalDate.safeParse(date).success
		? ok(date)
		: fail(domainError('error.not_a_date', field, {}, 'calendar.label.date'));
}

/** What kind of day `date` is (working day, make-up Saturday, weekend, holiday, compensatory). */
export function dayKind(date: LocalDate, calendars: readonly CalendarYear[]): Result<DayKind> {
	const valid = checkDate(date);
	return valid.ok ? dayKindIn(indexCalendars(calendars), date) : valid;
}

export function isWorkingDay(date: LocalDate, calendars: readonly CalendarYear[]): Result<boolean> {
	const valid = checkDate(date);
	return valid.ok ? isWorkingDayIn(indexCalendars(calendars), date) : valid;
}

export function nextWorkingDay(
	date: LocalDate,
	calendars: readonly CalendarYear[]
): Result<LocalDate> {
	const valid = checkDate(date);
	return valid.ok ? nextWorkingDayIn(indexCalendars(calendars), date) : valid;
}

export function addWorkingDays(
	date: LocalDate,
	n: number,
	calendars: readonly CalendarYear[]
): Result<LocalDate> {
	const valid = checkDate(date);
	if (!valid.ok) return valid;
	if (!Number.isInteger(n)) {
		return fail(domainError('error.calendar_not_whole_days', 'n', {}, 'calendar.label.days'));
	}
	return addWorkingDaysIn(indexCalendars(calendars), date, n);
}

export function workingDaysBetween(
	from: LocalDate,
	to: LocalDate,
	calendars: readonly CalendarYear[]
): Result<number> {
	const a = checkDate(from, 'from');
	if (!a.ok) return a;
	const b = checkDate(to, 'to');
	return b.ok ? workingDaysBetweenIn(indexCalendars(calendars), from, to) : b;
}
