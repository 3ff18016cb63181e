import type { IsoInstant, LocalDate, LocalTime } from '$lib/domain/schemas/common';
import { dayNumber, fromDayNumber, minutesOfDay, timeOfMinutes } from './local-date';

/**
 * Vietnam time. Every legal date is a date in Asia/Ho_Chi_Minh, whatever the time zone of the
 * device, browser or server (DOMAIN.md, "Legal days are Vietnam days"). Vietnam has kept UTC+7
 * with no daylight saving since 13 Jun 1975, so a fixed offset on epoch milliseconds is exact for
 * every date the app handles and needs no time-zone database or host setting.
 *
 * Precision is the minute: the receipt slip (Form 01) records "giờ … phút" and the processing time
 * counts from the receipt as recorded on it (Decree 118/2025 Art 17(3) as amended by 309/2026), so
 * the seconds of an instant never move a legal date or the cut-off.
 */

export const VN_UTC_OFFSET_MINUTES = 7 * 60;
const MINUTES_PER_DAY = 1440;

/** A moment as the Vietnamese wall clock shows it. */
export interface VnDateTime {
	readonly date: LocalDate;
	readonly time: LocalTime;
}

/** A Vietnamese wall-clock moment as a day number and a minute of that day (0 … 1439). */
export interface VnMoment {
	readonly day: number;
	readonly minute: number;
}

/** The Vietnamese date and minute of a valid instant; seconds are truncated, as on the slip. */
export function toVnMoment(instant: IsoInstant): VnMoment {
	const vnMinutes = Math.floor(Date.parse(instant) / 60_000) + VN_UTC_OFFSET_MINUTES;
	const day = Math.floor(vnMinutes / MINUTES_PER_DAY);
	return { day, minute: vnMinutes - day * MINUTES_PER_DAY };
}

/** The Vietnamese legal date and `HH:MM` of a valid instant. */
export function toVnDateTime(instant: IsoInstant): VnDateTime {
	const { day, minute } = toVnMoment(instant);
	return { date: fromDayNumber(day), time: timeOfMinutes(minute) };
}

/** The Vietnamese legal date of a valid instant. */
export function vnDateOf(instant: IsoInstant): LocalDate {
	return toVnDateTime(instant).date;
}

/** The UTC instant (`YYYY-MM-DDTHH:MM:SS.sssZ`) of a Vietnamese date and wall-clock time. */
export function vnInstant(date: LocalDate, time: LocalTime): IsoInstant {
	return fromVnMoment({ day: dayNumber(date), minute: minutesOfDay(time) });
}

export function fromVnMoment(moment: VnMoment): IsoInstant {
	const utcMinutes = moment.day * MINUTES_PER_DAY + moment.minute - VN_UTC_OFFSET_MINUTES;
	return new Date(utcMinutes * 60_000).toISOString();
}
