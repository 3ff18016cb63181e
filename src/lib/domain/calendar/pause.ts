import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { CalendarYear } from '$lib/domain/schemas/calendar';
import { IsoInstant } from '$lib/domain/schemas/common';
import { indexCalendars } from './calendar-index';
import { dayNumber } from './local-date';
import { fromVnMoment, toVnDateTime, toVnMoment } from './vn-time';
import { addWorkingDaysIn, workingDaysBetweenIn } from './working-day';

export interface PauseInput {
	/** The appointment before the pause. */
	readonly appointmentAt: IsoInstant;
	/** When the supplement request went out (status 5, "supplement requested"). */
	readonly pausedFrom: IsoInstant;
	/** When the complete supplement came back. */
	readonly pausedUntil: IsoInstant;
	readonly calendars: readonly CalendarYear[];
}

export interface PauseExtension {
	readonly appointmentAt: IsoInstant;
	/** Working days `d` with pause date < d ≤ resume date (Civil Code Art 147 counting). */
	readonly pausedWorkingDays: number;
}

/**
 * The "pause" supplement policy of the electronic birth and death bundles: the time the citizen
 * spends completing the dossier or confirming on VNeID is not counted (Decree 63/2024 Art 7 as
 * amended by 301/2026 Art 4(7); DOMAIN.md §3.5). The appointment moves on by the working days
 * spent paused, counted the Civil Code Art 147 way in Vietnam dates: the day the request went out
 * is not counted, the day the supplement came back is. A pause that starts and ends on the same
 * day moves nothing. The appointment keeps its hour.
 */
export function extendByPause(input: PauseInput): Result<PauseExtension> {
	const fields = [
		['appointmentAt', input.appointmentAt, 'calendar.label.appointment_at'],
		['pausedFrom', input.pausedFrom, 'calendar.label.paused_from'],
		['pausedUntil', input.pausedUntil, 'calendar.label.paused_until']
	] as const;
	for (const [field, value, label] of fields) {
		if (!IsoInstant.safeParse(value).success) {
			return fail(domainError('error.not_an_instant', field, {}, label));
		}
	}
	if (Date.parse(input.pausedUntil) < Date.parse(input.pausedFrom)) {
		return fail(
			domainError('error.calendar_pause_order', 'pausedUntil', {}, 'calendar.label.paused_until')
		);
	}
	const index = indexCalendars(input.calendars);
	const paused = workingDaysBetweenIn(
		index,
		toVnDateTime(input.pausedFrom).date,
		toVnDateTime(input.pausedUntil).date
	);
	if (!paused.ok) return paused;
	const due = toVnMoment(input.appointmentAt);
	const moved = addWorkingDaysIn(index, toVnDateTime(input.appointmentAt).date, paused.value);
	if (!moved.ok) return moved;
	return ok({
		appointmentAt: fromVnMoment({ day: dayNumber(moved.value), minute: due.minute }),
		pausedWorkingDays: paused.value
	});
}
