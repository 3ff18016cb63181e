import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { CalendarYear } from '$lib/domain/schemas/calendar';
import { IsoInstant, LocalDate, TimeLimit } from '$lib/domain/schemas/common';
import { calendarOf, indexCalendars, type CalendarIndex } from './calendar-index';
import { addDays, dayNumber, minutesOfDay, yearOf } from './local-date';
import { addOfficeMinutesIn } from './office-hours';
import { legalReceiptIn, type LegalReceipt } from './receipt';
import { fromVnMoment } from './vn-time';
import { addWorkingDaysIn, isWorkingDayIn, nextWorkingDayIn } from './working-day';

export interface AppointmentInput {
	readonly receivedAt: IsoInstant;
	readonly limit: TimeLimit;
	readonly calendars: readonly CalendarYear[];
}

export interface Appointment {
	/** The appointment printed on the receipt slip (Form 01): the authoritative deadline. */
	readonly appointmentAt: IsoInstant;
	/** The first day counted: the day after the legal receipt date for day units (Art 147). */
	readonly clockStartDate: LocalDate;
	/** The day the dossier counts as received (see `legalReceiptIn`). */
	readonly legalReceiptDate: LocalDate;
	/** Received on a working day after the cut-off hour (15:00). */
	readonly afterCutoff: boolean;
}

/**
 * The appointment (ngày hẹn trả kết quả) of a dossier, from the (time limit, receipt instant,
 * calendar) triple (DOMAIN.md §3.4). All dates are Vietnam dates (UTC+7).
 *
 * The dossier first gets a legal receipt date and minute (`legalReceiptIn`: cut-off, days off and
 * hours outside the office moved to the next opening). Then, by unit:
 * - `same_day`: end of office hours of the legal receipt date, so the next working day when
 *   received after 15:00 (Luật Hộ tịch 2014 Art 5(3); Decree 23/2015 Art 7).
 * - `working_days` N: the Nth working day after the legal receipt date (Civil Code 2015 Art 147:
 *   counting starts the day after the event), skipping weekends, holidays and compensatory days
 *   and counting make-up Saturdays.
 * - `days` N: the Nth calendar day after the legal receipt date; a last day that is a day off
 *   moves to the next working day (Civil Code Art 148(2)).
 * - `hours` N: N hours of office time from the legal receipt minute.
 * A value of 0 with a day unit gives the same-day appointment (the catalog should not ship it).
 * Day units fall due at the end of the afternoon session of the last day: results are returned at
 * the desk, and the slip gives an hour and a day (TT 01/2020/TT-BTP Art 2). Civil Code Art 148
 * ends a period at 24:00, so closing time is on the safe side of it.
 */
export function computeAppointment(input: AppointmentInput): Result<Appointment> {
	if (!IsoInstant.safeParse(input.receivedAt).success) {
		return fail(
			domainError('error.not_an_instant', 'receivedAt', {}, 'calendar.label.received_at')
		);
	}
	if (!TimeLimit.safeParse(input.limit).success) {
		return fail(domainError('error.invalid', 'limit', {}, 'calendar.label.time_limit'));
	}
	const index = indexCalendars(input.calendars);
	const receipt = legalReceiptIn(index, input.receivedAt);
	if (!receipt.ok) return receipt;
	const due = dueMoment(index, receipt.value, input.limit);
	if (!due.ok) return due;
	return ok({
		appointmentAt: fromVnMoment({ day: dayNumber(due.value.date), minute: due.value.minute }),
		clockStartDate: due.value.clockStart,
		legalReceiptDate: receipt.value.date,
		afterCutoff: receipt.value.afterCutoff
	});
}

/**
 * The new appointment after a supplement under the "restart" policy: the time limit is counted
 * again from the beginning once the complete dossier arrives (Decree 61/2018 Art 19(4); DOMAIN.md
 * §3.5), so it is exactly `computeAppointment` from the instant the supplement was received, with
 * the same cut-off and day-off rules.
 */
export function restartAppointment(input: {
	readonly supplementReceivedAt: IsoInstant;
	readonly limit: TimeLimit;
	readonly calendars: readonly CalendarYear[];
}): Result<Appointment> {
	return computeAppointment({
		receivedAt: input.supplementReceivedAt,
		limit: input.limit,
		calendars: input.calendars
	});
}

interface Due {
	readonly date: LocalDate;
	readonly minute: number;
	readonly clockStart: LocalDate;
}

function dueMoment(index: CalendarIndex, receipt: LegalReceipt, limit: TimeLimit): Result<Due> {
	const n = limit.value;
	switch (limit.unit) {
		case 'same_day':
			return atClosing(index, receipt.date, receipt.date);
		case 'working_days': {
			const last = addWorkingDaysIn(index, receipt.date, n);
			if (!last.ok) return last;
			const start = n === 0 ? ok(receipt.date) : nextWorkingDayIn(index, receipt.date);
			return start.ok ? atClosing(index, last.value, start.value) : start;
		}
		case 'days': {
			const last = addDays(receipt.date, n);
			const working = isWorkingDayIn(index, last);
			if (!working.ok) return working;
			const due = working.value ? ok(last) : nextWorkingDayIn(index, last);
			return due.ok ? atClosing(index, due.value, addDays(receipt.date, n === 0 ? 0 : 1)) : due;
		}
		case 'hours': {
			const end = addOfficeMinutesIn(index, receipt, n * 60);
			return end.ok ? ok({ ...end.value, clockStart: receipt.date }) : end;
		}
	}
}

/** Closing time (`afternoon_end` of that year's calendar) on `date`. */
function atClosing(index: CalendarIndex, date: LocalDate, clockStart: LocalDate): Result<Due> {
	const doc = calendarOf(index, yearOf(date));
	if (!doc.ok) return doc;
	return ok({ date, minute: minutesOfDay(doc.value.office_hours.afternoon_end), clockStart });
}
