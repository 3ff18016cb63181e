import { ok, type Result } from '$lib/domain/errors';
import type { LocalDate } from '$lib/domain/schemas/common';
import { calendarOf, type CalendarIndex } from './calendar-index';
import { minutesOfDay, yearOf } from './local-date';
import { isWorkingDayIn, nextWorkingDayIn } from './working-day';

/** A Vietnamese wall-clock point: a legal date and a minute of that day (0 … 1439). */
export interface DayMinute {
	readonly date: LocalDate;
	readonly minute: number;
}

/**
 * Adds `minutes` of office time to `start`, counting only the morning and afternoon sessions of
 * working days (the `hours` unit of a procedure's time limit, DonViTinh in the Decision 766
 * formula). A start outside a session, or on a day off, moves to the next session. When the time runs out exactly at
 * the end of a session the result is that end (11:30, not 13:30).
 */
export function addOfficeMinutesIn(
	index: CalendarIndex,
	start: DayMinute,
	minutes: number
): Result<DayMinute> {
	let date = start.date;
	let at = start.minute;
	let left = minutes;
	for (;;) {
		const doc = calendarOf(index, yearOf(date));
		if (!doc.ok) return doc;
		const working = isWorkingDayIn(index, date);
		if (!working.ok) return working;
		const h = doc.value.office_hours;
		const sessions: [number, number][] = [
			[minutesOfDay(h.morning_start), minutesOfDay(h.morning_end)],
			[minutesOfDay(h.afternoon_start), minutesOfDay(h.afternoon_end)]
		];
		for (const [from, to] of sessions) {
			if (!working.value || at >= to) continue;
			at = Math.max(at, from);
			if (left <= to - at) return ok({ date, minute: at + left });
			left -= to - at;
			at = to;
		}
		const next = nextWorkingDayIn(index, date);
		if (!next.ok) return next;
		date = next.value;
		at = 0;
	}
}
