/** The working-day calendar and due-date computation (DOMAIN.md §3.4, §3.5, §4). */
export { calendarYearsMissing, calendarYearsProvisional } from './coverage';
export {
	calendarMissing,
	calendarOf,
	dayKindIn,
	indexCalendars,
	isWorkingKind,
	type CalendarIndex,
	type DayKind
} from './calendar-index';
export {
	computeAppointment,
	restartAppointment,
	type Appointment,
	type AppointmentInput
} from './due-date';
export { addDays, isoWeekday, isWeekend, yearOf } from './local-date';
export { addOfficeMinutesIn, type DayMinute } from './office-hours';
export { extendByPause, type PauseExtension, type PauseInput } from './pause';
export { legalReceipt, legalReceiptIn, type LegalReceipt } from './receipt';
export {
	VN_UTC_OFFSET_MINUTES,
	fromVnMoment,
	toVnDateTime,
	toVnMoment,
	vnDateOf,
	vnInstant,
	type VnDateTime,
	type VnMoment
} from './vn-time';
export {
	addWorkingDays,
	addWorkingDaysIn,
	dayKind,
	isWorkingDay,
	isWorkingDayIn,
	nextWorkingDay,
	nextWorkingDayIn,
	workingDaysBetween,
	workingDaysBetweenIn
} from './working-day';
