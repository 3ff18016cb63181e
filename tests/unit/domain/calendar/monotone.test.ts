import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeAppointment, isWorkingDay, vnDateOf } from '$lib/domain/calendar';
import { TimeLimitUnit, type TimeLimit } from '$lib/domain/schemas/common';
import { seedCalendars } from '../../../builders/calendar';

const calendars = seedCalendars();
const FROM = Date.UTC(2025, 0, 1);
const SPAN_MINUTES = 700 * 1440;

function due(minute: number, limit: TimeLimit): string {
	const r = computeAppointment({
		receivedAt: new Date(FROM + minute * 60_000).toISOString(),
		limit,
		calendars
	});
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.value.appointmentAt;
}

describe('computeAppointment properties over 2025–2026', () => {
	const limit = fc.record({
		unit: fc.constantFrom(...TimeLimitUnit.options),
		value: fc.integer({ min: 0, max: 30 })
	});
	const minute = fc.integer({ min: 0, max: SPAN_MINUTES });

	it('the appointment falls on a working day and never before the receipt', () => {
		fc.assert(
			fc.property(minute, limit, (m, l) => {
				const at = due(m, l);
				expect(Date.parse(at)).toBeGreaterThanOrEqual(FROM + m * 60_000);
				const working = isWorkingDay(vnDateOf(at), calendars);
				expect(working.ok && working.value).toBe(true);
			})
		);
	});

	it('a later receipt never gets an earlier appointment (the cut-off never jumps back)', () => {
		fc.assert(
			fc.property(minute, fc.integer({ min: 0, max: 4 * 1440 }), limit, (m, gap, l) => {
				expect(Date.parse(due(m + gap, l))).toBeGreaterThanOrEqual(Date.parse(due(m, l)));
			})
		);
	});
});
