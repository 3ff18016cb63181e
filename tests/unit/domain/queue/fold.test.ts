import { describe, expect, it } from 'vitest';
import { initialHlc } from '$lib/domain/clock/hlc';
import { callNext, finishTicket, foldQueue, recallTicket } from '$lib/domain/queue';
import { QUEUE_DAY, at, step, ticket } from '../../../builders/queue';
import { expectFailure, expectOk, expectPresent } from '../../../builders/result';

const A1 = ticket('ho_tich', 1, '08:00');
const A2 = ticket('ho_tich', 2, '08:01');
const B1 = ticket('chung_thuc', 1, '08:02');
const tickets = [A1, A2, B1];

function statusOf(state: ReturnType<typeof foldQueue>, id: string) {
	const s = state.tickets.find((x) => x.ticket._id === id);
	expectPresent(s, id);
	return { status: s.status, counter: s.counter };
}

describe('the queue of a day', () => {
	it('orders tickets by clock across devices, whatever their numbers', () => {
		const early = ticket('ho_tich', 1001, '07:59', 'tablet-2');
		const state = foldQueue(QUEUE_DAY, [A1, early], []);
		expect(state.tickets.map((s) => s.ticket.label)).toEqual(['A1001', 'A001']);
		const other = foldQueue(
			QUEUE_DAY,
			[ticket('ho_tich', 1, '08:00', 'tablet-1', '2026-03-11')],
			[]
		);
		expect(other.tickets).toHaveLength(0);
	});

	it('two counters calling one ticket at once: the earliest call wins, the other gets the next', () => {
		const one = step('call', A1, 1, '08:10', { device: 'desk-1' });
		const two = step('call', A1, 2, '08:10', { device: 'desk-2', hlcCounter: 1 });
		const forward = foldQueue(QUEUE_DAY, tickets, [one, two]);
		const backward = foldQueue(QUEUE_DAY, [...tickets].reverse(), [two, one]);
		for (const state of [forward, backward]) {
			expect(statusOf(state, A1._id)).toEqual({ status: 'called', counter: 1 });
			expect(statusOf(state, A2._id)).toEqual({ status: 'called', counter: 2 });
			expect(state.held.get(2)?.ticket.label).toBe('A002');
			expect(state.races).toBe(1);
			expect(state.announcements[0]).toMatchObject({
				label: 'A002',
				counter: 2,
				instead_of: 'A001'
			});
		}
		// Same wall time and counter: the device id decides, on every device alike.
		const tie = step('call', A1, 2, '08:10', { device: 'desk-0' });
		expect(statusOf(foldQueue(QUEUE_DAY, tickets, [one, tie]), A1._id).counter).toBe(2);
	});

	it('a losing call takes only a waiting ticket of its groups taken before it, or nothing', () => {
		const one = step('call', B1, 1, '08:10', { groups: ['chung_thuc'] });
		const two = step('call', B1, 2, '08:10', { hlcCounter: 1, groups: ['chung_thuc'] });
		const later = ticket('chung_thuc', 2, '08:11');
		const state = foldQueue(QUEUE_DAY, [...tickets, later], [one, two]);
		expect(statusOf(state, B1._id)).toEqual({ status: 'called', counter: 1 });
		expect(statusOf(state, later._id).status).toBe('waiting');
		expect(statusOf(state, A1._id).status).toBe('waiting');
		expect(state.held.has(2)).toBe(false);
	});

	it('closes the held ticket as served when its counter calls again; recall, served, no-show', () => {
		const calls = [
			step('call', A1, 1, '08:10'),
			step('recall', A1, 1, '08:12', { seq: 2 }),
			step('call', A2, 1, '08:20', { seq: 3 }),
			step('no_show', A2, 1, '08:25', { seq: 4 }),
			step('call', B1, 2, '08:11', { groups: ['chung_thuc', 'khac'] }),
			// A counter that does not hold B1 cannot close it.
			step('served', B1, 1, '08:13', { seq: 9 }),
			step('served', B1, 2, '08:30', { seq: 2 })
		];
		const state = foldQueue(QUEUE_DAY, tickets, calls);
		const [a1, a2, b1] = state.tickets;
		expect(a1).toMatchObject({ status: 'served', implied: true, finished_at: at('08:20') });
		expect(a1?.last_called_at).toBe(at('08:12'));
		expect(a2).toMatchObject({ status: 'no_show', finished_at: at('08:25'), implied: false });
		expect(b1).toMatchObject({ status: 'served', counter: 2, finished_at: at('08:30') });
		expect(state.held.size).toBe(0);
		expect(state.announcements.map((a) => `${a.kind} ${a.label}@${a.counter}`)).toEqual([
			'call A002@1',
			'recall A001@1',
			'call B001@2',
			'call A001@1'
		]);
	});

	it('waits for a ticket that replication has not brought yet', () => {
		const early = step('call', A1, 1, '08:10');
		expect(foldQueue(QUEUE_DAY, [A2], [early]).held.size).toBe(0);
		expect(foldQueue(QUEUE_DAY, [A1, A2], [early]).held.get(1)?.ticket._id).toBe(A1._id);
	});
});

describe('counter commands', () => {
	const ctx = (time: string, seq = 1) => ({
		now: at(time),
		deviceId: 'desk-1',
		hlc: initialHlc('desk-1'),
		seq,
		officer: { id: 'cb-01', name: 'Lò Văn Minh' }
	});

	it('call the first waiting ticket of the groups served, stamped after everything seen', () => {
		const state = foldQueue(QUEUE_DAY, tickets, []);
		const called = callNext(state, { counter: '1', groups: ['chung_thuc', 'khac'] }, ctx('08:05'));
		expectOk(called);
		expect(called.value.doc).toMatchObject({ kind: 'call', ticket_id: B1._id, counter: 1 });
		expect(called.value.doc.hlc > state.last_hlc).toBe(true);
		// A clock behind the tickets still sorts the call after them.
		const behind = callNext(state, { counter: 1, groups: ['ho_tich'] }, ctx('07:00'));
		expectOk(behind);
		expect(behind.value.doc.hlc > A2.hlc).toBe(true);
	});

	it('say so when nobody waits, when nothing is held, and when the day has changed', () => {
		const empty = callNext(
			foldQueue(QUEUE_DAY, [], []),
			{ counter: 1, groups: ['khac'] },
			ctx('08:05')
		);
		expectFailure(empty);
		expect(empty.errors[0]?.code).toBe('queue_empty');
		const state = foldQueue(QUEUE_DAY, tickets, []);
		const nothing = recallTicket(state, { counter: 1 }, ctx('08:05'));
		expectFailure(nothing);
		expect(nothing.errors[0]?.message).toBe('Quầy 1 chưa gọi số nào đang chờ phục vụ.');
		const badCounter = callNext(state, { counter: 0, groups: ['ho_tich'] }, ctx('08:05'));
		expectFailure(badCounter);
		expect(badCounter.errors[0]?.field).toBe('counter');
		const tomorrow = { ...ctx('08:05'), now: at('08:05', '2026-03-11') };
		const late = callNext(state, { counter: 1, groups: ['ho_tich'] }, tomorrow);
		expectFailure(late);
		expect(late.errors[0]?.code).toBe('queue_other_day');
	});

	it('recall and finish the ticket the counter holds', () => {
		const state = foldQueue(QUEUE_DAY, tickets, [step('call', A1, 1, '08:10')]);
		const recall = recallTicket(state, { counter: 1 }, ctx('08:11', 2));
		expectOk(recall);
		expect(recall.value.doc).toMatchObject({ kind: 'recall', ticket_id: A1._id });
		expect(recall.value.doc.groups).toBeUndefined();
		const done = finishTicket(state, { counter: 1, outcome: 'no_show' }, ctx('08:15', 3));
		expectOk(done);
		const after = foldQueue(QUEUE_DAY, tickets, [step('call', A1, 1, '08:10'), done.value.doc]);
		expect(statusOf(after, A1._id).status).toBe('no_show');
	});
});
