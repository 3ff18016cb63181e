import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	HLC_MAX_COUNTER,
	compareHlc,
	formatHlc,
	initialHlc,
	parseHlc,
	receive,
	tick,
	type HlcState
} from '$lib/domain/clock/hlc';

const anyNow = fc.oneof(
	fc.integer({ min: 0, max: 4_102_444_800_000 }),
	fc.constantFrom(Number.NaN, -1, Number.POSITIVE_INFINITY, 1e20)
);

describe('hybrid logical clock', () => {
	it('formats as a fixed-width sortable string and parses back', () => {
		const h = { wall_ms: 1_622_419_200_000, counter: 37 };
		expect(formatHlc(h)).toBe('1622419200000-0011');
		expect(parseHlc('1622419200000-0011')).toEqual(h);
		expect(parseHlc('1622419200000-11')).toBeUndefined();
		expect(formatHlc({ wall_ms: 5, counter: 0 })).toBe('0000000000005-0000');
	});

	it('follows the wall clock when it moves forward', () => {
		const h = tick(initialHlc('may-1'), 1_000);
		expect(h).toEqual({ wall_ms: 1_000, counter: 0, device: 'may-1' });
		expect(tick(h, 2_000)).toEqual({ wall_ms: 2_000, counter: 0, device: 'may-1' });
	});

	it('never goes backwards when the laptop clock does (dead CMOS battery)', () => {
		const late = tick(initialHlc('may-1'), Date.parse('2025-07-07T02:00:00.000Z'));
		const next = tick(late, Date.parse('2001-01-01T00:00:00.000Z'));
		expect(compareHlc(next, late)).toBe(1);
		expect(next.wall_ms).toBe(late.wall_ms);
		expect(next.counter).toBe(1);
	});

	it('carries a full counter into the wall part', () => {
		const full: HlcState = { wall_ms: 10, counter: HLC_MAX_COUNTER, device: 'may-1' };
		expect(tick(full, 0)).toEqual({ wall_ms: 11, counter: 0, device: 'may-1' });
	});

	it('is strictly increasing for any sequence of clock readings', () => {
		fc.assert(
			fc.property(fc.array(anyNow, { maxLength: 60 }), (nows) => {
				let h = initialHlc('may-1');
				for (const now of nows) {
					const next = tick(h, now);
					expect(compareHlc(next, h)).toBe(1);
					expect(formatHlc(next) > formatHlc(h)).toBe(true);
					h = next;
				}
			})
		);
	});

	it('after receiving a remote reading sorts after both', () => {
		fc.assert(
			fc.property(
				anyNow,
				anyNow,
				anyNow,
				fc.integer({ min: 0, max: 1000 }),
				(a, b, now, counter) => {
					const local = tick(initialHlc('may-1'), a);
					const remote = { wall_ms: tick(initialHlc('may-2'), b).wall_ms, counter };
					const next = receive(local, remote, now);
					expect(compareHlc(next, local)).toBe(1);
					expect(formatHlc(next) > formatHlc(remote)).toBe(true);
				}
			)
		);
	});

	it('orders by wall time, counter, then device; string order agrees', () => {
		const stamp = fc.record({
			wall_ms: fc.integer({ min: 0, max: 9_999_999_999_999 }),
			counter: fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
			device: fc.constantFrom('may-1', 'may-2')
		});
		fc.assert(
			fc.property(stamp, stamp, (a, b) => {
				const [sa, sb] = [formatHlc(a), formatHlc(b)];
				const byString = sa < sb ? -1 : sa > sb ? 1 : 0;
				const byClock = compareHlc({ ...a, device: 'x-1' }, { ...b, device: 'x-1' });
				expect(byString).toBe(byClock);
				expect(compareHlc(a, b)).toBe(-compareHlc(b, a));
			})
		);
	});
});
