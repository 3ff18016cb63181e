import { z } from 'zod';
import { HlcString } from '$lib/domain/clock/hlc';
import { DeviceId, IsoInstant, LocalDate } from './common';
import { Officer } from './dossier';

/**
 * The queue of the one-stop room (số thứ tự, issue 16): tickets and the steps counters take on
 * them. Both are immutable documents of the commune database, replicated like dossiers and
 * events, so every device and tab of the office folds the same queue (`domain/queue/fold.ts`).
 */

/**
 * Service groups a ticket is taken for. Three follow the catalog's fields (`ho_tich`,
 * `chung_thuc`, `dat_dai`, DOMAIN.md 5: certification and civil status dominate commune
 * counters); every other field queues as `khac`.
 */
export const QueueGroup = z.enum(['ho_tich', 'chung_thuc', 'dat_dai', 'khac']);
export type QueueGroup = z.infer<typeof QueueGroup>;

/** A counter (quầy) of the room: numbered from 1, as painted above the desk. */
export const CounterNo = z.number().int().min(1).max(99);

/** The largest ticket number: slot 9 draws 9001 … 9999 (see `domain/queue/numbering.ts`). */
export const MAX_TICKET_NUMBER = 9999;

/** `ticket:<Vietnam date>:<group>:<number as 4 digits>`: unique across devices by the slot. */
export function ticketId(date: string, group: QueueGroup, number: number): string {
	return `ticket:${date}:${group}:${String(number).padStart(4, '0')}`;
}

/** `call:<Vietnam date>:<hlc>:<device>:<seq>`: sorts by day, then clock. */
export function callId(date: string, hlc: string, device: string, seq: number): string {
	return `call:${date}:${hlc}:${device}:${seq}`;
}

export const TicketDoc = z
	.object({
		_id: z.string().startsWith('ticket:'),
		_rev: z.string().optional(),
		type: z.literal('ticket'),
		/** The Vietnam working day the number belongs to: numbers restart every day. */
		date: LocalDate,
		group: QueueGroup,
		number: z.number().int().min(1).max(MAX_TICKET_NUMBER),
		/** What the citizen reads and hears, e.g. `A001` (`ticketLabel`). */
		label: z.string().regex(/^[A-Z]\d{3,4}$/),
		taken_at: IsoInstant,
		hlc: HlcString,
		device_id: DeviceId
	})
	.superRefine((d, ctx) => {
		const expected = ticketId(d.date, d.group, d.number);
		if (d._id !== expected) {
			ctx.addIssue({
				code: 'custom',
				path: ['_id'],
				message: '_id',
				params: { messageKey: 'error.doc_id', expected }
			});
		}
	});
export type TicketDoc = z.infer<typeof TicketDoc>;

/**
 * A counter's step on a ticket: `call` (the counter calls it; naming the groups the counter
 * serves, so a call that lost a race can take the next ticket, see the fold), `recall` (called
 * again), and the outcome, `served` or `no_show`.
 */
export const CallKind = z.enum(['call', 'recall', 'served', 'no_show']);
export type CallKind = z.infer<typeof CallKind>;

export const CallDoc = z
	.object({
		_id: z.string().startsWith('call:'),
		_rev: z.string().optional(),
		type: z.literal('call'),
		date: LocalDate,
		kind: CallKind,
		ticket_id: z.string().startsWith('ticket:').max(80),
		counter: CounterNo,
		/** The groups the counter served when it called (only on `call`). */
		groups: z.array(QueueGroup).min(1).max(QueueGroup.options.length).optional(),
		at: IsoInstant,
		hlc: HlcString,
		device_id: DeviceId,
		seq: z.number().int().nonnegative().max(999_999_999),
		officer: Officer
	})
	.superRefine((d, ctx) => {
		const issue = (path: string, expected: string) =>
			ctx.addIssue({
				code: 'custom',
				path: [path],
				message: path,
				params: { messageKey: 'error.doc_id', expected }
			});
		const expected = callId(d.date, d.hlc, d.device_id, d.seq);
		if (d._id !== expected) issue('_id', expected);
		if (!d.ticket_id.startsWith(`ticket:${d.date}:`)) issue('ticket_id', `ticket:${d.date}:…`);
		if ((d.kind === 'call') !== (d.groups !== undefined)) issue('groups', 'groups on call only');
	});
export type CallDoc = z.infer<typeof CallDoc>;
