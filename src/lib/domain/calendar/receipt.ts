import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { CalendarYear } from '$lib/domain/schemas/calendar';
import { IsoInstant, type LocalDate } from '$lib/domain/schemas/common';
import { calendarOf, indexCalendars, type CalendarIndex } from './calendar-index';
import { fromDayNumber, minutesOfDay, yearOf } from './local-date';
import { toVnMoment } from './vn-time';
import { isWorkingDayIn, nextWorkingDayIn } from './working-day';

/** When a dossier counts as received for the clock, in Vietnam time. */
export interface LegalReceipt {
	/** The legal receipt date: the day the clock counts from (Civil Code Art 147 starts the day after). */
	readonly date: LocalDate;
	/** Minute of `date` (0 … 1439) from which working hours run, for the `hours` unit. */
	readonly minute: number;
	/** Received on a working day strictly after the cut-off (15:00): moved to the next working day. */
	readonly afterCutoff: boolean;
	/** Received on a day off, before opening or after closing: moved to the start of office hours. */
	readonly outsideOfficeHours: boolean;
}

/**
 * Where the clock of a dossier received at `receivedAt` starts.
 *
 * - Received on a day off (mobile intake at a weekend or on a holiday): counts as received at the
 *   start of the next working day (MotCua decision, DOMAIN.md "Decisions"; the office is closed,
 *   so no working time can run before then).
 * - Received on a working day before opening: counts from the opening of that day.
 * - Received on a working day **after the cut-off**: counts as received at the start of the next
 *   working day. "Sau 15 giờ" is read strictly on the minute printed on the slip: 15:00 (up to
 *   15:00:59) is not after 15:00, 15:01 is. Decision and sources:
 *   Decree 118/2025 Art 18(2) (as amended by 309/2026; 61/2018 Art 18(2) before it) has a dossier
 *   received after 15:00 transferred at the start of the next working day, Luật Hộ tịch 2014
 *   Art 5(3) and Decree 23/2015 Art 7 move same-day results to the next working day, and Decree
 *   63/2024 Art 7(2) (as amended by 301/2026) says in so many words that after 15:00 the time limit
 *   counts from the next working day. MotCua applies that one rule to every unit: the legal receipt
 *   date becomes the next working day, and Art 147 then starts counting the day after it. So a
 *   dossier received at 15:01 with N working days is due one working day later than one received
 *   at 15:00. A stricter reading of Art 17(3) + Civil Code Art 147 alone would not shift working-
 *   day limits; MotCua takes the later date because the handling office only gets the dossier the
 *   next morning, and an appointment promised too early is a late dossier on the Decision 766
 *   on-time measure, which compares with the appointment printed on the slip.
 *   Receipts after closing time (a mobile intake in the evening) are after the cut-off too.
 */
export function legalReceiptIn(index: CalendarIndex, receivedAt: IsoInstant): Result<LegalReceipt> {
	const vn = toVnMoment(receivedAt);
	const date = fromDayNumber(vn.day);
	const doc = calendarOf(index, yearOf(date));
	if (!doc.ok) return doc;
	const working = isWorkingDayIn(index, date);
	if (!working.ok) return working;
	const hours = doc.value.office_hours;
	const opening = minutesOfDay(hours.morning_start);
	if (!working.value || vn.minute > minutesOfDay(doc.value.cutoff)) {
		const next = nextWorkingDayIn(index, date);
		if (!next.ok) return next;
		const nextDoc = calendarOf(index, yearOf(next.value));
		if (!nextDoc.ok) return nextDoc;
		return ok({
			date: next.value,
			minute: minutesOfDay(nextDoc.value.office_hours.morning_start),
			afterCutoff: working.value,
			outsideOfficeHours: !working.value || vn.minute >= minutesOfDay(hours.afternoon_end)
		});
	}
	return ok({
		date,
		minute: Math.max(vn.minute, opening),
		afterCutoff: false,
		outsideOfficeHours: vn.minute < opening
	});
}

/** `legalReceiptIn` from calendar documents, checking the instant (for the slip's notes). */
export function legalReceipt(input: {
	readonly receivedAt: IsoInstant;
	readonly calendars: readonly CalendarYear[];
}): Result<LegalReceipt> {
	if (!IsoInstant.safeParse(input.receivedAt).success) {
		return fail(
			domainError('error.not_an_instant', 'receivedAt', {}, 'calendar.label.received_at')
		);
	}
	return legalReceiptIn(indexCalendars(input.calendars), input.receivedAt);
}
