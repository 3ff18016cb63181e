import { describe, expect, it } from 'vitest';
import { foldQueue, queueFigures } from '$lib/domain/queue';
import { QUEUE_DAY, step, ticket } from '../../../builders/queue';

/**
 * One morning, worked by hand (Vietnam times):
 *   A001 taken 08:00, counter 1 calls 08:10, served 08:25    wait 10, service 15
 *   A002 taken 08:05, counter 1 calls 08:26, closed by the
 *        counter's next call at 09:10 (implied served)        wait 21, service 44
 *   B001 taken 08:20, counter 2 calls 08:30, no-show 08:35   wait 10
 *   A003 taken 09:05, counter 1 calls 09:10, still at desk   wait 5
 *   B002 taken 09:40, still waiting
 * Average wait (10 + 21 + 10 + 5) / 4 = 11.5 min; average service (15 + 44) / 2 = 29.5 min.
 * Counter 1: 3 called, 2 served, wait (10 + 21 + 5) / 3 = 12; counter 2: 1 called, 1 no-show, 10.
 * 08:00–09:00: 3 taken, 2 served, wait (10 + 21 + 10) / 3 = 13.67; 09:00–10:00: 2 taken, wait 5.
 */
const A1 = ticket('ho_tich', 1, '08:00');
const A2 = ticket('ho_tich', 2, '08:05');
const B1 = ticket('chung_thuc', 1, '08:20');
const A3 = ticket('ho_tich', 3, '09:05');
const B2 = ticket('chung_thuc', 2, '09:40');
const morning = foldQueue(
	QUEUE_DAY,
	[A1, A2, B1, A3, B2],
	[
		step('call', A1, 1, '08:10', { seq: 1 }),
		step('served', A1, 1, '08:25', { seq: 2 }),
		step('call', A2, 1, '08:26', { seq: 3 }),
		step('call', B1, 2, '08:30', { seq: 1 }),
		step('no_show', B1, 2, '08:35', { seq: 2 }),
		step('call', A3, 1, '09:10', { seq: 4 })
	]
);

describe('queue figures', () => {
	it('the morning worked by hand', () => {
		const f = queueFigures([morning]);
		expect(f).toMatchObject({
			taken: 5,
			called: 4,
			served: 2,
			no_show: 1,
			waiting: 1,
			average_wait_minutes: 11.5,
			average_service_minutes: 29.5,
			races: 0
		});
		expect(f.by_counter).toEqual([
			{ counter: 1, called: 3, served: 2, no_show: 0, average_wait_minutes: 12 },
			{ counter: 2, called: 1, served: 0, no_show: 1, average_wait_minutes: 10 }
		]);
		expect(f.by_hour).toHaveLength(2);
		expect(f.by_hour[0]).toMatchObject({ hour: 8, taken: 3, served: 2 });
		expect(f.by_hour[0]?.average_wait_minutes).toBeCloseTo(41 / 3, 10);
		expect(f.by_hour[1]).toEqual({ hour: 9, taken: 2, served: 0, average_wait_minutes: 5 });
	});

	it('adds days up, and has no average before anyone is called', () => {
		const next = foldQueue(
			'2026-03-11',
			[ticket('khac', 1, '14:30', 'tablet-1', '2026-03-11')],
			[]
		);
		const f = queueFigures([morning, next]);
		expect(f.taken).toBe(6);
		expect(f.waiting).toBe(2);
		expect(f.by_hour.map((h) => h.hour)).toEqual([8, 9, 14]);
		const none = queueFigures([next]);
		expect(none.average_wait_minutes).toBeNull();
		expect(none.average_service_minutes).toBeNull();
		expect(none.by_counter).toEqual([]);
	});

	it('counts a wait a wrong clock makes negative as zero', () => {
		const t = ticket('ho_tich', 1, '08:30');
		const day = foldQueue(QUEUE_DAY, [t], [step('call', t, 1, '08:20')]);
		expect(queueFigures([day]).average_wait_minutes).toBe(0);
	});
});
