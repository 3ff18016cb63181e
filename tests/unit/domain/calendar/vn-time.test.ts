import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toVnDateTime, vnDateOf, vnInstant } from '$lib/domain/calendar';
import { IsoInstant } from '$lib/domain/schemas/common';

describe('Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving since 1975)', () => {
	it('midnight UTC is 07:00 in Vietnam, the same day', () => {
		expect(toVnDateTime('2026-03-02T00:00:00.000Z')).toEqual({ date: '2026-03-02', time: '07:00' });
	});

	it('17:00 UTC is already the next legal day in Vietnam', () => {
		expect(toVnDateTime('2026-02-12T17:00:00.000Z')).toEqual({ date: '2026-02-13', time: '00:00' });
		expect(vnDateOf('2026-02-12T16:59:59.999Z')).toBe('2026-02-12');
	});

	it('New Year in Vietnam comes seven hours before New Year in UTC', () => {
		expect(toVnDateTime('2025-12-31T16:59:59.999Z')).toEqual({ date: '2025-12-31', time: '23:59' });
		expect(toVnDateTime('2025-12-31T17:00:00.000Z')).toEqual({ date: '2026-01-01', time: '00:00' });
	});

	it('seconds are truncated to the minute printed on the slip (Form 01 records giờ, phút)', () => {
		expect(toVnDateTime('2026-03-03T08:00:59.999Z').time).toBe('15:00');
	});

	it('a Vietnamese date and time become a UTC instant with millisecond precision', () => {
		expect(vnInstant('2026-01-01', '00:00')).toBe('2025-12-31T17:00:00.000Z');
		expect(vnInstant('2026-02-25', '17:00')).toBe('2026-02-25T10:00:00.000Z');
		expect(vnInstant('2024-02-29', '07:30')).toBe('2024-02-29T00:30:00.000Z');
		expect(IsoInstant.safeParse(vnInstant('2026-02-25', '17:00')).success).toBe(true);
	});

	it('round-trips every minute between 2000 and 2100', () => {
		const minutes = fc.integer({ min: 15_778_080, max: 68_374_080 });
		fc.assert(
			fc.property(minutes, (m) => {
				const instant = new Date(m * 60_000).toISOString();
				const { date, time } = toVnDateTime(instant);
				expect(vnInstant(date, time)).toBe(instant);
			})
		);
	});
});
