import { domainError, fail, ok, type DomainError, type Result } from '$lib/domain/errors';
import type { CalendarYear } from '$lib/domain/schemas/calendar';
import type { LocalDate } from '$lib/domain/schemas/common';
import { isWeekend, yearOf } from './local-date';

/**
 * What a day is in the working calendar. Working days are Monday to Friday (Decision
 * 188/1999/QĐ-TTg), minus public holidays (Labour Code 2019 Art 112), the days of the official
 * breaks and compensatory days (Art 111(3)), plus the Saturdays swapped into working days by the
 * yearly notice of the Government Office (e.g. Sat 10 Jan 2026, công văn 12729/VPCP-KGVX).
 */
export type DayKind = 'workday' | 'makeup_workday' | 'weekend' | 'holiday' | 'compensatory';

export function isWorkingKind(kind: DayKind): boolean {
	return kind === 'workday' || kind === 'makeup_workday';
}

interface YearIndex {
	readonly doc: CalendarYear;
	readonly holidays: ReadonlySet<LocalDate>;
	readonly compensatory: ReadonlySet<LocalDate>;
	readonly makeup: ReadonlySet<LocalDate>;
}

/** The calendars of several years, indexed for day look-ups. Build once per computation. */
export interface CalendarIndex {
	readonly years: ReadonlyMap<number, YearIndex>;
}

/** Indexes calendars by year; when a year appears twice the highest `version` wins. */
export function indexCalendars(calendars: readonly CalendarYear[]): CalendarIndex {
	const years = new Map<number, YearIndex>();
	for (const doc of calendars) {
		const current = years.get(doc.year);
		if (current && current.doc.version >= doc.version) continue;
		years.set(doc.year, {
			doc,
			holidays: new Set(doc.holidays.map((h) => h.date)),
			compensatory: new Set(doc.compensatory_days.map((c) => c.date)),
			makeup: new Set(doc.makeup_workdays.map((m) => m.date))
		});
	}
	return { years };
}

/** The typed error the app shows when a needed year has no calendar (DOMAIN.md §4.4). */
export function calendarMissing(year: number): DomainError {
	return domainError('error.calendar_missing', 'calendars', { year }, 'field.calendars');
}

/** The calendar document of `year`, or `error.calendar_missing`. */
export function calendarOf(index: CalendarIndex, year: number): Result<CalendarYear> {
	const entry = index.years.get(year);
	return entry ? ok(entry.doc) : fail(calendarMissing(year));
}

/**
 * What `date` is. A make-up day wins over the weekend; a listed holiday is a `holiday` even on a
 * weekend (Giỗ Tổ on Sun 26 Apr 2026), which is off either way.
 */
export function dayKindIn(index: CalendarIndex, date: LocalDate): Result<DayKind> {
	const entry = index.years.get(yearOf(date));
	if (!entry) return fail(calendarMissing(yearOf(date)));
	if (entry.makeup.has(date)) return ok('makeup_workday');
	if (entry.compensatory.has(date)) return ok('compensatory');
	if (entry.holidays.has(date)) return ok('holiday');
	return ok(isWeekend(date) ? 'weekend' : 'workday');
}
