import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import { computeAppointment, legalReceipt, restartAppointment } from '$lib/domain/calendar';
import type { Appointment } from '$lib/domain/calendar';
import type { TimeLimit } from '$lib/domain/schemas/common';
import type { Result } from '$lib/domain/errors';
import { calendarYear, seedCalendars } from '../../../builders/calendar';

const calendars = seedCalendars();
const wd = (value: number): TimeLimit => ({ unit: 'working_days', value });
const sameDay: TimeLimit = { unit: 'same_day', value: 0 };

/** `receivedAt` is written in Vietnam time (UTC+7) to keep the cases readable. */
function vn(dateTime: string): string {
	return new Date(Date.parse(`${dateTime}+07:00`)).toISOString();
}

function appointment(receivedAt: string, limit: TimeLimit): Appointment {
	const r = computeAppointment({ receivedAt: vn(receivedAt), limit, calendars });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.value;
}

/** The appointment as a Vietnam wall-clock `YYYY-MM-DD HH:MM`. */
function dueVn(receivedAt: string, limit: TimeLimit): string {
	const at = Date.parse(appointment(receivedAt, limit).appointmentAt) + 7 * 3_600_000;
	return new Date(at).toISOString().slice(0, 16).replace('T', ' ');
}

describe('computeAppointment: working days', () => {
	it('Civil Code Art 147: counting starts the day after receipt', () => {
		expect(appointment('2026-03-02T09:00', wd(3))).toEqual({
			appointmentAt: '2026-03-05T10:00:00.000Z',
			clockStartDate: '2026-03-03',
			legalReceiptDate: '2026-03-02',
			afterCutoff: false
		});
	});

	it('Labour Code Art 112 + công văn 9859/VPCP-KGVX: received Fri 13 Feb 2026, the day before the Tết break, 3 working days fall due Wed 25 Feb', () => {
		// Sat 14 – Sun 22 Feb are off (Tết Mon 16 – Fri 20); day 1 is Mon 23, day 3 Wed 25.
		const a = appointment('2026-02-13T09:00', wd(3));
		expect(a.clockStartDate).toBe('2026-02-23');
		expect(a.appointmentAt).toBe('2026-02-25T10:00:00.000Z');
		expect(dueVn('2026-02-13T09:00', wd(3))).toBe('2026-02-25 17:00');
	});

	it('Decree 118/2025 Art 18(2) + Decree 63/2024 Art 7(2): received after 15:00 the day before Tết, the clock runs from the next working day (Mon 23 Feb), due Thu 26 Feb', () => {
		const a = appointment('2026-02-13T16:00', wd(3));
		expect(a.afterCutoff).toBe(true);
		expect(a.legalReceiptDate).toBe('2026-02-23');
		expect(a.clockStartDate).toBe('2026-02-24');
		expect(dueVn('2026-02-13T16:00', wd(3))).toBe('2026-02-26 17:00');
	});

	it('DOMAIN.md decision "15:00 cut-off", Decree 118/2025 Art 18(2) as amended by 309/2026 and Decree 63/2024 Art 7(2) as amended by 301/2026 ("after 15:00 counts from the next working day"): N working days received after 15:00 count from the day after the next working day', () => {
		// Mon 7 Jul 2025 14:59, 3 working days: Tue 8, Wed 9, Thu 10.
		expect(dueVn('2025-07-07T14:59', wd(3))).toBe('2025-07-10 17:00');
		// Mon 7 Jul 2025 15:30: received Tue 8; Wed 9, Thu 10, Fri 11.
		const a = appointment('2025-07-07T15:30', wd(3));
		expect([a.afterCutoff, a.legalReceiptDate, a.clockStartDate]).toEqual([
			true,
			'2025-07-08',
			'2025-07-09'
		]);
		expect(dueVn('2025-07-07T15:30', wd(3))).toBe('2025-07-11 17:00');
		// Fri 11 Jul 2025 16:00, 7 working days (residence, Luật Cư trú Art 22(3)): received Mon 14;
		// Tue 15, Wed 16, Thu 17, Fri 18, Mon 21, Tue 22, Wed 23.
		expect(dueVn('2025-07-11T16:00', wd(7))).toBe('2025-07-23 17:00');
	});

	it('Decree 118/2025 Art 18(2) "sau 15 giờ": 15:00 on the slip is not after the cut-off, 15:01 is', () => {
		expect(appointment('2026-03-03T15:00:59', wd(3)).afterCutoff).toBe(false);
		expect(dueVn('2026-03-03T15:00:59', wd(3))).toBe('2026-03-06 17:00');
		expect(appointment('2026-03-03T15:01', wd(3)).afterCutoff).toBe(true);
		expect(dueVn('2026-03-03T15:01', wd(3))).toBe('2026-03-09 17:00');
	});

	it('Labour Code Art 111(3): the Giỗ Tổ compensatory day (Mon 27 Apr 2026) and 30/4–1/5 are skipped', () => {
		expect(dueVn('2026-04-24T10:00', wd(1))).toBe('2026-04-28 17:00');
		const a = appointment('2026-04-24T10:00', wd(3));
		expect(a.clockStartDate).toBe('2026-04-28');
		expect(a.appointmentAt).toBe('2026-05-04T10:00:00.000Z');
	});

	it('công văn 12729/VPCP-KGVX: the make-up Saturday 10 Jan 2026 counts as a working day', () => {
		expect(dueVn('2026-01-08T10:00', wd(2))).toBe('2026-01-10 17:00');
		// The swapped Fri 2 Jan does not count: received Wed 31 Dec 2025, 2 days → Tue 6 Jan.
		expect(dueVn('2025-12-31T10:00', wd(2))).toBe('2026-01-06 17:00');
	});

	it('công văn VPCP 2025: the make-up Saturday 26 Apr 2025 counts and the swapped Fri 2 May does not', () => {
		expect(dueVn('2025-04-25T10:00', wd(1))).toBe('2025-04-26 17:00');
		expect(dueVn('2025-04-29T10:00', wd(1))).toBe('2025-05-05 17:00');
	});

	it('Labour Code Art 112 (provisional 2027): Tết 5–9 Feb and compensatory 10–11 Feb are skipped', () => {
		expect(dueVn('2027-02-04T10:00', wd(1))).toBe('2027-02-12 17:00');
	});
});

describe('computeAppointment: other units', () => {
	it('Luật Hộ tịch 2014 Art 5(3), Decree 23/2015 Art 7: same-day results are due at closing, or the next working day after 15:00', () => {
		expect(dueVn('2026-03-03T10:00', sameDay)).toBe('2026-03-03 17:00');
		expect(dueVn('2026-03-03T15:30', sameDay)).toBe('2026-03-04 17:00');
		expect(dueVn('2026-02-13T16:00', sameDay)).toBe('2026-02-23 17:00');
		expect(appointment('2026-03-03T10:00', sameDay).clockStartDate).toBe('2026-03-03');
	});

	it('Civil Code Art 148: a period in days that ends on a day off ends on the next working day', () => {
		// Mon 2 Mar + 5 days = Sat 7 Mar → Mon 9 Mar.
		expect(dueVn('2026-03-02T10:00', { unit: 'days', value: 5 })).toBe('2026-03-09 17:00');
		expect(appointment('2026-03-02T10:00', { unit: 'days', value: 5 }).clockStartDate).toBe(
			'2026-03-03'
		);
		// Ending on a working day it stays: Mon 2 Mar + 4 days = Fri 6 Mar.
		expect(dueVn('2026-03-02T10:00', { unit: 'days', value: 4 })).toBe('2026-03-06 17:00');
		// Calendar days run through Tết; the last day Fri 20 Feb is Tết → Mon 23 Feb.
		expect(dueVn('2026-02-13T09:00', { unit: 'days', value: 7 })).toBe('2026-02-23 17:00');
		// Mon 20 Apr + 10 days = Thu 30 Apr (holiday) → Mon 4 May.
		expect(dueVn('2026-04-20T10:00', { unit: 'days', value: 10 })).toBe('2026-05-04 17:00');
	});

	it('hours unit (DonViTinh of the Decision 766 formula): hours count within office hours only', () => {
		// Mon 10:00: 1.5 h in the morning, 3.5 h in the afternoon, 3 h on Tuesday → Tue 10:30.
		expect(dueVn('2026-03-02T10:00', { unit: 'hours', value: 8 })).toBe('2026-03-03 10:30');
		// Ending exactly at the end of the morning session.
		expect(dueVn('2026-03-02T07:30', { unit: 'hours', value: 4 })).toBe('2026-03-02 11:30');
		// Received in the lunch break: counts from 13:30.
		expect(dueVn('2026-03-02T12:00', { unit: 'hours', value: 1 })).toBe('2026-03-02 14:30');
		// Across the Tết break: 3 h on Fri 13 Feb, 1 h on Mon 23 Feb.
		expect(dueVn('2026-02-13T14:00', { unit: 'hours', value: 4 })).toBe('2026-02-23 08:30');
		// After the cut-off the hours start at the next opening.
		expect(dueVn('2026-03-02T15:30', { unit: 'hours', value: 2 })).toBe('2026-03-03 09:30');
	});
});

describe('computeAppointment: receipts outside working days and hours', () => {
	it('DOMAIN.md decision: a weekend mobile intake counts as received at the start of the next working day', () => {
		const a = appointment('2026-03-07T09:00', wd(1));
		expect(a.legalReceiptDate).toBe('2026-03-09');
		expect(a.clockStartDate).toBe('2026-03-10');
		expect(a.afterCutoff).toBe(false);
		expect(a.appointmentAt).toBe('2026-03-10T10:00:00.000Z');
		expect(dueVn('2026-03-07T16:00', sameDay)).toBe('2026-03-09 17:00');
		expect(dueVn('2026-03-07T09:00', { unit: 'hours', value: 1 })).toBe('2026-03-09 08:30');
	});

	it('a mobile intake on a make-up Saturday is received that day', () => {
		expect(appointment('2026-01-10T09:00', wd(1)).legalReceiptDate).toBe('2026-01-10');
		expect(dueVn('2026-01-10T09:00', wd(1))).toBe('2026-01-12 17:00');
	});

	it('before opening a receipt counts from the opening; after closing it is after the cut-off', () => {
		expect(dueVn('2026-03-03T06:45', { unit: 'hours', value: 1 })).toBe('2026-03-03 08:30');
		const early = legalReceipt({ receivedAt: vn('2026-03-03T06:45'), calendars });
		expect(early.ok && early.value).toEqual({
			date: '2026-03-03',
			minute: 450,
			afterCutoff: false,
			outsideOfficeHours: true
		});
		const evening = legalReceipt({ receivedAt: vn('2026-03-03T19:00'), calendars });
		expect(evening.ok && evening.value).toEqual({
			date: '2026-03-04',
			minute: 450,
			afterCutoff: true,
			outsideOfficeHours: true
		});
	});

	it('DOMAIN.md "legal days are Vietnam days": the device time zone is irrelevant near midnight UTC', () => {
		const saved = process.env.TZ;
		const results: unknown[] = [];
		try {
			for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
				process.env.TZ = tz;
				// 20:00 UTC Mon 2 Mar = 03:00 Tue 3 Mar in Vietnam; 08:30 UTC = 15:30 in Vietnam.
				const night = computeAppointment({
					receivedAt: '2026-03-02T20:00:00.000Z',
					limit: wd(1),
					calendars
				});
				const afternoon = computeAppointment({
					receivedAt: '2026-03-02T08:30:00.000Z',
					limit: wd(1),
					calendars
				});
				results.push([night, afternoon]);
			}
		} finally {
			process.env.TZ = saved;
		}
		for (const r of results) expect(r).toEqual(results[0]);
		const [night, afternoon] = results[0] as [Result<Appointment>, Result<Appointment>];
		expect(night.ok && night.value.legalReceiptDate).toBe('2026-03-03');
		expect(night.ok && night.value.afterCutoff).toBe(false);
		expect(afternoon.ok && afternoon.value.afterCutoff).toBe(true);
		expect(afternoon.ok && afternoon.value.legalReceiptDate).toBe('2026-03-03');
	});
});

describe('computeAppointment: failures', () => {
	it('DOMAIN.md §4.4: no calendar for the receipt year gives error.calendar_missing with a Vietnamese message', () => {
		const r = computeAppointment({ receivedAt: vn('2028-03-01T09:00'), limit: wd(3), calendars });
		expectFailure(r);
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]).toMatchObject({
			code: 'calendar_missing',
			field: 'calendars',
			messageKey: 'error.calendar_missing',
			params: { year: 2028 }
		});
		expect(r.errors[0]?.message).toBe(
			'Lịch làm việc: chưa có lịch năm 2028, không tính được ngày làm việc và ngày hẹn trả kết quả. Hãy đồng bộ lịch từ cấp trên.'
		);
	});

	it('DOMAIN.md §4.4: a time limit running into a year with no calendar names that year', () => {
		const only2025 = calendars.filter((c) => c.year === 2025);
		const r = computeAppointment({
			receivedAt: vn('2025-12-31T10:00'),
			limit: wd(2),
			calendars: only2025
		});
		expect(!r.ok && r.errors[0]?.params.year).toBe(2026);
	});

	it('a malformed receipt instant is refused, naming the field', () => {
		const r = computeAppointment({ receivedAt: '2026-03-02 09:00', limit: wd(1), calendars });
		expect(!r.ok && r.errors[0]?.message).toBe('Thời điểm tiếp nhận: không phải thời điểm hợp lệ.');
	});

	it('an impossible time limit is refused, naming the field', () => {
		const limit = { unit: 'weeks', value: 1 } as unknown as TimeLimit;
		const r = computeAppointment({ receivedAt: vn('2026-03-02T09:00'), limit, calendars });
		expect(!r.ok && r.errors[0]?.message).toBe('Thời hạn giải quyết: giá trị không hợp lệ.');
	});
});

describe('restartAppointment', () => {
	it('Decree 61/2018 Art 19(4): a restart counts the whole limit again from the supplement receipt', () => {
		const supplementReceivedAt = vn('2026-04-24T16:00');
		expect(restartAppointment({ supplementReceivedAt, limit: wd(3), calendars })).toEqual(
			computeAppointment({ receivedAt: supplementReceivedAt, limit: wd(3), calendars })
		);
		const r = restartAppointment({ supplementReceivedAt, limit: wd(3), calendars });
		// After 15:00 Fri 24 Apr → received Tue 28 Apr (Mon 27 is compensatory) → Wed 29 Apr,
		// then 30/4–1/5 and the weekend are off → Mon 4, Tue 5 May.
		expect(r.ok && r.value.appointmentAt).toBe('2026-05-05T10:00:00.000Z');
	});
});

describe('office hours and cut-off are data', () => {
	it('a calendar with other office hours and cut-off moves the appointment hour and the cut-off', () => {
		const cal = calendarYear(2030, {
			office_hours: {
				morning_start: '08:00',
				morning_end: '12:00',
				afternoon_start: '13:00',
				afternoon_end: '17:00'
			},
			cutoff: '16:00'
		});
		const r = computeAppointment({
			receivedAt: vn('2030-03-04T15:30'),
			limit: wd(1),
			calendars: [cal]
		});
		expect(r.ok && r.value).toEqual({
			appointmentAt: '2030-03-05T10:00:00.000Z',
			clockStartDate: '2030-03-05',
			legalReceiptDate: '2030-03-04',
			afterCutoff: false
		});
	});
});
