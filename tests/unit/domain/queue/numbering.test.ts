import { describe, expect, it } from 'vitest';
import { initialHlc } from '$lib/domain/clock/hlc';
import {
	groupOfField,
	nextTicketNumber,
	takeTicket,
	ticketCounterKey,
	ticketLabel
} from '$lib/domain/queue';
import { expectFailure, expectOk } from '../../../builders/result';

describe('ticket numbers', () => {
	it('draw from the slot range k×1000+1 … k×1000+999', () => {
		expect(nextTicketNumber(0, null)).toEqual({ ok: true, value: 1 });
		expect(nextTicketNumber(0, 41)).toEqual({ ok: true, value: 42 });
		expect(nextTicketNumber(3, null)).toEqual({ ok: true, value: 3001 });
		expect(nextTicketNumber(3, 3998)).toEqual({ ok: true, value: 3999 });
		const full = nextTicketNumber(3, 3999);
		expectFailure(full);
		expect(full.errors[0]?.code).toBe('queue_exhausted');
	});

	it('refuse a device with no slot or a slot outside 0–9', () => {
		const none = nextTicketNumber(null, null);
		expectFailure(none);
		expect(none.errors[0]?.code).toBe('slot_missing');
		expectFailure(nextTicketNumber(10, null));
	});

	it('print as the group letter and at least three digits', () => {
		expect(ticketLabel('ho_tich', 1)).toBe('A001');
		expect(ticketLabel('chung_thuc', 42)).toBe('B042');
		expect(ticketLabel('dat_dai', 999)).toBe('C999');
		expect(ticketLabel('khac', 3001)).toBe('D3001');
	});

	it('queue a catalog field under its own group, or "khác"', () => {
		expect(groupOfField('ho_tich')).toBe('ho_tich');
		expect(groupOfField('chung_thuc')).toBe('chung_thuc');
		expect(groupOfField('dat_dai')).toBe('dat_dai');
		expect(groupOfField('cu_tru')).toBe('khac');
		expect(groupOfField('bao_tro_xa_hoi')).toBe('khac');
	});
});

describe('taking a ticket', () => {
	const ctx = (now: string, lastNumber: number | null, slot = 1) => ({
		now,
		deviceId: 'tablet-1',
		slot,
		hlc: initialHlc('tablet-1'),
		lastNumber
	});

	it('restarts the numbers on each Vietnam day, not the UTC day', () => {
		// 23:59 on 10 March in Vietnam is 16:59 UTC; one minute past midnight is still 10 March UTC.
		const late = takeTicket({ group: 'ho_tich' }, ctx('2026-03-10T16:59:00.000Z', 1041));
		expectOk(late);
		expect(late.value.doc._id).toBe('ticket:2026-03-10:ho_tich:1042');
		expect(late.value.doc.label).toBe('A1042');
		const next = takeTicket({ group: 'ho_tich' }, ctx('2026-03-10T17:01:00.000Z', null));
		expectOk(next);
		expect(next.value.doc.date).toBe('2026-03-11');
		expect(next.value.doc._id).toBe('ticket:2026-03-11:ho_tich:1001');
		// The counter the app keeps is per Vietnam day, group and slot: a new day reads none.
		expect(ticketCounterKey('2026-03-11', 'ho_tich', 1)).not.toBe(
			ticketCounterKey('2026-03-10', 'ho_tich', 1)
		);
	});

	it('never gives two offline devices the same ticket id', () => {
		const ids = new Set<string>();
		let drawn = 0;
		for (const slot of [0, 1, 2]) {
			let last: number | null = null;
			for (let i = 0; i < 999; i++) {
				const t = takeTicket(
					{ group: 'chung_thuc' },
					{ ...ctx('2026-03-10T01:00:00.000Z', last, slot), deviceId: `tablet-${slot}` }
				);
				expectOk(t);
				last = t.value.doc.number;
				ids.add(t.value.doc._id);
				drawn++;
			}
		}
		expect(drawn).toBe(2997);
		expect(ids.size).toBe(2997);
	});

	it('refuses an unknown group with the field named in Vietnamese', () => {
		const bad = takeTicket({ group: 'nha_o' }, ctx('2026-03-10T01:00:00.000Z', null));
		expectFailure(bad);
		expect(bad.errors[0]?.field).toBe('group');
		expect(bad.errors[0]?.message).toContain('Lĩnh vực');
	});
});
