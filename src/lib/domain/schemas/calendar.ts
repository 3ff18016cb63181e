import { z } from 'zod';
import type { MessageKey } from '$lib/i18n';
import { isWeekend, minutesOfDay } from '$lib/domain/calendar/local-date';
import { LocalDate, LocalTime, Text } from './common';

/**
 * The working calendar of one year, as a CouchDB document of the `catalog` database
 * (`calendar:<year>`), written upstream only and replaced when a newer notice is published.
 *
 * Working days are Monday to Friday (civil-servant week, Decision 188/1999/QĐ-TTg), minus the
 * `holidays` and `compensatory_days` listed here, plus the `makeup_workdays`. The calendar is data
 * updated each year, not a rule in code (DOMAIN.md §4.4): the Prime Minister fixes the Tết and
 * National Day days every year (Labour Code 2019 Art 112(3)).
 *
 * Validation messages use the `error.calendar_*` keys of `src/lib/i18n/messages/calendar.ts`,
 * carried as custom zod issues (`params.messageKey`) so `zodToDomainErrors` renders them.
 */

/** `calendar:<year>`; the year in the id must equal `year` (checked below). */
export const CalendarId = z.string().regex(/^calendar:\d{4}$/);

/**
 * A day off that is not a weekly rest day, or a legal holiday even when it falls on a weekend
 * (listed so that a compensatory day can point at it). Includes the Tết days and the swapped days
 * of an official break (e.g. Fri 2 Jan 2026). Plain weekends inside a break need not be listed.
 */
export const CalendarHoliday = z.object({
	date: LocalDate,
	/** Vietnamese name, as printed in the notice (`Tết Nguyên đán`, `Giỗ Tổ Hùng Vương`). */
	name: Text(120)
});
export type CalendarHoliday = z.infer<typeof CalendarHoliday>;

/**
 * A swapped day: for a compensatory day (ngày nghỉ bù, Labour Code Art 111(3)) `for` is the
 * holiday that fell on a weekly rest day; for a make-up working day (ngày làm bù) `for` is the
 * weekday given off in exchange (e.g. Sat 10 Jan 2026 for Fri 2 Jan 2026).
 */
export const CalendarSwap = z.object({ date: LocalDate, for: LocalDate });
export type CalendarSwap = z.infer<typeof CalendarSwap>;

/**
 * Office hours of the one-stop desk. The default 07:30–11:30, 13:30–17:00 is the usual schedule of
 * commune offices; each province sets its own working hours, so they are data, per year.
 * Appointments fall at `afternoon_end`; the `hours` unit counts only the two sessions.
 */
export const OfficeHours = z.object({
	morning_start: LocalTime,
	morning_end: LocalTime,
	afternoon_start: LocalTime,
	afternoon_end: LocalTime
});
export type OfficeHours = z.infer<typeof OfficeHours>;

export const DEFAULT_OFFICE_HOURS: OfficeHours = {
	morning_start: '07:30',
	morning_end: '11:30',
	afternoon_start: '13:30',
	afternoon_end: '17:00'
};

/**
 * "Sau 15 giờ": a dossier received after this hour is transferred at the start of the next working
 * day (Decree 118/2025 Art 18(2) as amended by 309/2026; 61/2018 Art 18(2)) and same-day civil
 * status and certification results are due the next working day (Luật Hộ tịch 2014 Art 5(3);
 * Decree 23/2015 Art 7).
 */
export const DEFAULT_CUTOFF = '15:00';

const CalendarYearShape = z.object({
	_id: CalendarId,
	/** Present on documents read back from PouchDB/CouchDB. */
	_rev: z.string().optional(),
	type: z.literal('calendar'),
	year: z.number().int().min(2000).max(2999),
	/** Bumped upstream at every change, so a device can tell an old calendar from a new one. */
	version: z.number().int().positive(),
	/** True while the year is built from the Labour Code alone, before the official notice. */
	provisional: z.boolean(),
	holidays: z.array(CalendarHoliday).max(60),
	compensatory_days: z.array(CalendarSwap).max(20),
	makeup_workdays: z.array(CalendarSwap).max(20),
	office_hours: OfficeHours,
	cutoff: LocalTime,
	/** The notices (công văn VPCP, decisions, Labour Code articles) the year was built from. */
	sources: z.array(Text(500)).min(1).max(20)
});

export const CalendarYear = CalendarYearShape.superRefine((doc, ctx) => {
	for (const issue of calendarIssues(doc)) ctx.addIssue({ code: 'custom', ...issue });
});
export type CalendarYear = z.infer<typeof CalendarYear>;

interface CalendarIssue {
	path: (string | number)[];
	message: string;
	params: Record<string, string | number>;
}

function issue(
	path: (string | number)[],
	messageKey: MessageKey,
	params: Record<string, string | number> = {}
): CalendarIssue {
	return { path, message: messageKey, params: { messageKey, ...params } };
}

type ListName = 'holidays' | 'compensatory_days' | 'makeup_workdays';

type CalendarShape = z.infer<typeof CalendarYearShape>;

/** Cross-field rules that zod's shape cannot express. */
function calendarIssues(doc: CalendarShape): CalendarIssue[] {
	return [...dateIssues(doc), ...swapIssues(doc), ...hoursIssues(doc)];
}

/** The id matches the year; every listed date is in the year and listed once. */
function dateIssues(doc: CalendarShape): CalendarIssue[] {
	const out: CalendarIssue[] = [];
	if (doc._id !== `calendar:${doc.year}`) {
		out.push(issue(['_id'], 'error.calendar_id_mismatch', { id: doc._id, year: doc.year }));
	}
	const prefix = `${doc.year}-`;
	const seen = new Map<string, ListName>();
	const lists: [ListName, readonly { date: string }[]][] = [
		['holidays', doc.holidays],
		['compensatory_days', doc.compensatory_days],
		['makeup_workdays', doc.makeup_workdays]
	];
	for (const [list, entries] of lists) {
		entries.forEach((entry, i) => {
			const path = [list, i, 'date'];
			if (!entry.date.startsWith(prefix)) {
				out.push(
					issue(path, 'error.calendar_date_outside_year', { date: entry.date, year: doc.year })
				);
			}
			const earlier = seen.get(entry.date);
			if (earlier === undefined) seen.set(entry.date, list);
			else if (earlier === 'makeup_workdays' || list === 'makeup_workdays') {
				// A day cannot be both off and worked.
				out.push(issue(path, 'error.calendar_holiday_and_makeup', { date: entry.date }));
			} else out.push(issue(path, 'error.calendar_duplicate_date', { date: entry.date }));
		});
	}
	return out;
}

/**
 * Compensatory days fall on weekdays, make-up days on weekends, and both point at a listed day off
 * of the same year (a swap with a day of another year cannot be checked here).
 */
function swapIssues(doc: CalendarShape): CalendarIssue[] {
	const out: CalendarIssue[] = [];
	const prefix = `${doc.year}-`;
	const holidayDates = new Set(doc.holidays.map((h) => h.date));
	doc.compensatory_days.forEach((c, i) => {
		// Labour Code Art 111(3): the compensatory day is a working day that is given off.
		if (isWeekend(c.date)) {
			out.push(
				issue(['compensatory_days', i, 'date'], 'error.calendar_compensatory_on_weekend', {
					date: c.date
				})
			);
		}
		if (c.for.startsWith(prefix) && !holidayDates.has(c.for)) {
			out.push(
				issue(['compensatory_days', i, 'for'], 'error.calendar_for_not_holiday', { for: c.for })
			);
		}
	});
	doc.makeup_workdays.forEach((m, i) => {
		// A make-up day swaps a weekly rest day into a working day (công văn VPCP each year).
		if (!isWeekend(m.date)) {
			out.push(
				issue(['makeup_workdays', i, 'date'], 'error.calendar_makeup_not_weekend', { date: m.date })
			);
		}
		if (m.for.startsWith(prefix) && !holidayDates.has(m.for)) {
			out.push(
				issue(['makeup_workdays', i, 'for'], 'error.calendar_for_not_holiday', { for: m.for })
			);
		}
	});
	return out;
}

/** Office hours run in order and the cut-off lies inside them. */
function hoursIssues(doc: CalendarShape): CalendarIssue[] {
	const out: CalendarIssue[] = [];
	const h = doc.office_hours;
	const [ms, me, as, ae] = [h.morning_start, h.morning_end, h.afternoon_start, h.afternoon_end].map(
		minutesOfDay
	) as [number, number, number, number];
	// The lunch break may be empty (me = as) for an office that works straight through.
	if (!(ms < me && me <= as && as < ae)) {
		out.push(issue(['office_hours'], 'error.calendar_office_hours_order'));
	}
	const cut = minutesOfDay(doc.cutoff);
	if (cut < ms || cut > ae) {
		out.push(
			issue(['cutoff'], 'error.calendar_cutoff_outside_hours', {
				cutoff: doc.cutoff,
				start: h.morning_start,
				end: h.afternoon_end
			})
		);
	}
	return out;
}
