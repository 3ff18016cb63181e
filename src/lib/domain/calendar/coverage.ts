import type { CalendarYear } from '$lib/domain/schemas/calendar';

/**
 * The years among `years` that have no calendar, ascending, so the home page can warn "no working
 * calendar for <year>" and slips can warn that the appointment may be wrong (DOMAIN.md §4.4).
 * The caller passes the current Vietnam year (`vnDateOf(now)`), and the next one near year end.
 */
export function calendarYearsMissing(
	calendars: readonly CalendarYear[],
	years: readonly number[]
): number[] {
	const have = new Set(calendars.map((c) => c.year));
	return [...new Set(years)].filter((y) => !have.has(y)).sort((a, b) => a - b);
}

/**
 * The years among `years` whose calendar is only provisional (built from the Labour Code before
 * the Prime Minister's notice, like 2027), ascending. A year with several versions counts by its
 * highest version.
 */
export function calendarYearsProvisional(
	calendars: readonly CalendarYear[],
	years: readonly number[]
): number[] {
	const latest = new Map<number, CalendarYear>();
	for (const c of calendars) {
		const seen = latest.get(c.year);
		if (!seen || c.version > seen.version) latest.set(c.year, c);
	}
	return [...new Set(years)]
		.filter((y) => latest.get(y)?.provisional === true)
		.sort((a, b) => a - b);
}
