import { afterEach, describe, expect, it } from 'vitest';
import { issueTicket, queueStep } from '$lib/app/queue/queue-commands';
import { backupText, restoreText } from '$lib/db/backup/backup-service';
import { queueDay } from '$lib/db/queries';
import { stopRuntime } from '$lib/db/runtime';
import { expectFailure, expectOk } from '../../builders/result';
import { freshDevice, restart } from '../db/harness';

// 09:00 and 09:05 on Tuesday 10 March 2026 in Vietnam; 07:30 the next day.
const MORNING = '2026-03-10T02:00:00.000Z';
const LATER = '2026-03-10T02:05:00.000Z';
const NEXT_DAY = '2026-03-11T00:30:00.000Z';

afterEach(async () => {
	await stopRuntime();
});

describe('queue commands on the device store', () => {
	it('number tickets from the slot range in the journal, per group, again from the start each day', async () => {
		const rt = await freshDevice({ slot: 2 });
		const labels: string[] = [];
		for (const group of ['ho_tich', 'ho_tich', 'chung_thuc']) {
			const r = await issueTicket(rt, { group }, MORNING);
			expectOk(r);
			expect(r.published).toBe(true);
			labels.push(r.value.label);
		}
		expect(labels).toEqual(['A2001', 'A2002', 'B2001']);
		// The counter survives a restart (it lives in the strict journal, not in memory).
		const again = await restart();
		const third = await issueTicket(again, { group: 'ho_tich' }, LATER);
		expectOk(third);
		expect(third.value._id).toBe('ticket:2026-03-10:ho_tich:2003');
		const tomorrow = await issueTicket(again, { group: 'ho_tich' }, NEXT_DAY);
		expectOk(tomorrow);
		expect(tomorrow.value._id).toBe('ticket:2026-03-11:ho_tich:2001');
	});

	it('a device with no slot takes no ticket and stores nothing', async () => {
		const rt = await freshDevice({ slot: null });
		const r = await issueTicket(rt, { group: 'khac' }, MORNING);
		expectFailure(r);
		expect(r.errors[0]?.code).toBe('slot_missing');
		expect((await rt.commune!.allDocs()).rows).toHaveLength(0);
	});

	it('calls, closes and folds back the day from PouchDB; a backup carries the queue', async () => {
		const rt = await freshDevice();
		expectOk(await issueTicket(rt, { group: 'ho_tich' }, MORNING));
		expectOk(await issueTicket(rt, { group: 'dat_dai' }, MORNING));
		const call = await queueStep(rt, 'call', { counter: 4, groups: ['dat_dai'] }, LATER);
		expectOk(call);
		expect(call.value.ticket_id).toBe('ticket:2026-03-10:dat_dai:2001');
		expectOk(await queueStep(rt, 'finish', { counter: 4, outcome: 'served' }, LATER));
		const none = await queueStep(rt, 'recall', { counter: 4 }, LATER);
		expectFailure(none);
		expect(none.errors[0]?.code).toBe('queue_nothing_held');
		const day = await queueDay('2026-03-10');
		expect(day.tickets.map((s) => `${s.ticket.label} ${s.status}`)).toEqual([
			'A2001 waiting',
			'C2001 served'
		]);

		const text = await backupText(rt, LATER);
		const target = await freshDevice();
		expect(await restoreText(target, text!)).toEqual({ ok: true, added: 4, total: 4 });
		expect((await queueDay('2026-03-10')).tickets.map((s) => s.status)).toEqual([
			'waiting',
			'served'
		]);
	});
});
