import type { LocalDate, LocalTime } from '$lib/domain/schemas/common';

/**
 * Arithmetic on legal dates (`YYYY-MM-DD`) and wall-clock times (`HH:MM`) as plain values. A date
 * is turned into a day number (days since 1970-01-01) through UTC only, so nothing here depends on
 * the time zone of the device, browser or server (DOMAIN.md: legal days are Vietnam days).
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`. */
export function dayNumber(date: LocalDate): number {
	const y = Number(date.slice(0, 4));
	const m = Number(date.slice(5, 7));
	const d = Number(date.slice(8, 10));
	return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` of a day number. */
export function fromDayNumber(day: number): LocalDate {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
	return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 6 = Saturday, 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(date: LocalDate): number {
	return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday: the weekly rest days of the civil-servant week (Decision 188/1999/QĐ-TTg). */
export function isWeekend(date: LocalDate): boolean {
	return isoWeekday(date) >= 6;
}

export function yearOf(date: LocalDate): number {
	return Number(date.slice(0, 4));
}

/** Minutes since midnight of a valid `HH:MM`. */
export function minutesOfDay(time: LocalTime): number {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The `HH:MM` of a minute of the day (0 … 1439). */
export function timeOfMinutes(minute: number): LocalTime {
	const h = Math.floor(minute / 60);
	const m = minute % 60;
	return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
