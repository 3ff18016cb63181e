import { describe, expect, it } from 'vitest';
import { extendByPause } from '$lib/domain/calendar';
import { seedCalendars } from '../../../builders/calendar';

const calendars = seedCalendars();
const vn = (dateTime: string): string => new Date(Date.parse(`${dateTime}+07:00`)).toISOString();

describe('extendByPause (Decree 63/2024 Art 7 as amended by 301/2026 Art 4(7): supplement time is not counted)', () => {
	it('moves the appointment on by the working days spent paused', () => {
		// Paused Tue 3 Mar 09:00 → Thu 5 Mar 14:00: Wed 4 and Thu 5 are paused (Art 147 counting).
		const r = extendByPause({
			appointmentAt: vn('2026-03-06T17:00'),
			pausedFrom: vn('2026-03-03T09:00'),
			pausedUntil: vn('2026-03-05T14:00'),
			calendars
		});
		expect(r.ok && r.value).toEqual({
			appointmentAt: '2026-03-10T10:00:00.000Z',
			pausedWorkingDays: 2
		});
	});

	it('Labour Code Art 111(3): days off inside the pause and after it are not counted', () => {
		// Paused Fri 24 → Tue 28 Apr 2026: only Tue 28 counts (Mon 27 is compensatory). Wed 29 Apr
		// + 1 working day skips 30/4–1/5 and the weekend → Mon 4 May.
		const r = extendByPause({
			appointmentAt: vn('2026-04-29T17:00'),
			pausedFrom: vn('2026-04-24T10:00'),
			pausedUntil: vn('2026-04-28T10:00'),
			calendars
		});
		expect(r.ok && r.value).toEqual({
			appointmentAt: '2026-05-04T10:00:00.000Z',
			pausedWorkingDays: 1
		});
	});

	it('a pause that starts and ends the same day moves nothing', () => {
		const appointmentAt = vn('2026-03-06T17:00');
		const r = extendByPause({
			appointmentAt,
			pausedFrom: vn('2026-03-03T09:00'),
			pausedUntil: vn('2026-03-03T16:00'),
			calendars
		});
		expect(r.ok && r.value).toEqual({ appointmentAt, pausedWorkingDays: 0 });
	});

	it('a pause that ends before it starts is refused with a Vietnamese message', () => {
		const r = extendByPause({
			appointmentAt: vn('2026-03-06T17:00'),
			pausedFrom: vn('2026-03-05T09:00'),
			pausedUntil: vn('2026-03-03T09:00'),
			calendars
		});
		expect(!r.ok && r.errors[0]?.message).toBe(
			'Thời điểm kết thúc tạm dừng: phải sau thời điểm bắt đầu tạm dừng.'
		);
	});

	it('DOMAIN.md §4.4: a pause reaching a year with no calendar gives error.calendar_missing', () => {
		const r = extendByPause({
			appointmentAt: vn('2027-12-30T17:00'),
			pausedFrom: vn('2027-12-20T09:00'),
			pausedUntil: vn('2027-12-24T09:00'),
			calendars
		});
		expect(!r.ok && r.errors[0]?.params.year).toBe(2028);
	});
});
