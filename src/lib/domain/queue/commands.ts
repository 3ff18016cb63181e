import { z } from 'zod';
import { vnDateOf } from '$lib/domain/calendar/vn-time';
import { formatHlc, HlcState, parseHlc, receive, tick } from '$lib/domain/clock/hlc';
import { checkContext } from '$lib/domain/commands/context';
import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import { DeviceId, IsoInstant } from '$lib/domain/schemas/common';
import { Officer } from '$lib/domain/schemas/dossier';
import {
	CallDoc,
	callId,
	CounterNo,
	QueueGroup,
	TicketDoc,
	ticketId,
	type CallKind
} from '$lib/domain/schemas/queue';
import { parseWith } from '$lib/domain/validate/zod-errors';
import { nextWaiting, type QueueState } from './fold';
import { nextTicketNumber, ticketLabel } from './numbering';

/**
 * The queue's commands: pure, given the time, the device, its clock and counters, returning the
 * new immutable document (DESIGN.md rule 1). The app commits it like an event.
 */

export const TakeTicketInput = z.object({ group: QueueGroup });

export interface TakeTicketContext {
	readonly now: string;
	readonly deviceId: string;
	readonly slot: number | null;
	readonly hlc: HlcState;
	/** The last number this device drew for the day and group, null for none. */
	readonly lastNumber: number | null;
}

export interface Stamped<T> {
	readonly doc: T;
	/** The device's clock after this document: kept for the next command. */
	readonly hlc: HlcState;
}

export function takeTicket(input: unknown, ctx: TakeTicketContext): Result<Stamped<TicketDoc>> {
	const parsed = parseWith(TakeTicketInput, input);
	if (!parsed.ok) return parsed;
	const { group } = parsed.value;
	const number = nextTicketNumber(ctx.slot, ctx.lastNumber);
	if (!number.ok) return number;
	const date = vnDateOf(ctx.now);
	const hlc = tick({ ...ctx.hlc, device: ctx.deviceId }, Date.parse(ctx.now));
	const doc = parseWith(TicketDoc, {
		_id: ticketId(date, group, number.value),
		type: 'ticket',
		date,
		group,
		number: number.value,
		label: ticketLabel(group, number.value),
		taken_at: ctx.now,
		hlc: formatHlc(hlc),
		device_id: ctx.deviceId
	});
	if (!doc.ok) return doc;
	return ok({ doc: doc.value, hlc });
}

const StepContext = z.object({
	now: IsoInstant,
	deviceId: DeviceId,
	hlc: HlcState,
	seq: z.number().int().nonnegative().max(999_999_999),
	officer: Officer
});
export type StepContext = z.infer<typeof StepContext>;

export const CallNextInput = z.object({
	counter: z.coerce.number().pipe(CounterNo),
	groups: z.array(QueueGroup).min(1).max(QueueGroup.options.length)
});
export const CounterInput = z.object({ counter: z.coerce.number().pipe(CounterNo) });
export const FinishInput = CounterInput.extend({ outcome: z.enum(['served', 'no_show']) });

function step(
	state: QueueState,
	kind: CallKind,
	ticket: string,
	fields: { counter: number; groups?: readonly QueueGroup[] },
	ctx: unknown
): Result<Stamped<CallDoc>> {
	const checked = checkContext(StepContext, ctx);
	if (!checked.ok) return checked;
	const c = checked.value;
	if (vnDateOf(c.now) !== state.date) {
		return fail(domainError('error.queue_other_day', 'date', { date: state.date }));
	}
	// Stamped after every document of the day this device holds, so the step sorts after the
	// ticket it names and the calls it has seen, whatever this device's clock says.
	const seen = parseHlc(state.last_hlc) ?? { wall_ms: 0, counter: 0 };
	const hlc = receive({ ...c.hlc, device: c.deviceId }, seen, Date.parse(c.now));
	const text = formatHlc(hlc);
	const doc = parseWith(CallDoc, {
		_id: callId(state.date, text, c.deviceId, c.seq),
		type: 'call',
		date: state.date,
		kind,
		ticket_id: ticket,
		counter: fields.counter,
		...(fields.groups ? { groups: [...fields.groups] } : {}),
		at: c.now,
		hlc: text,
		device_id: c.deviceId,
		seq: c.seq,
		officer: c.officer
	});
	if (!doc.ok) return doc;
	return ok({ doc: doc.value, hlc });
}

/** The counter calls the first waiting ticket of the groups it serves. */
export function callNext(
	state: QueueState,
	input: unknown,
	ctx: StepContext
): Result<Stamped<CallDoc>> {
	const parsed = parseWith(CallNextInput, input);
	if (!parsed.ok) return parsed;
	const { counter, groups } = parsed.value;
	const next = nextWaiting(state, groups);
	if (!next) return fail(domainError('error.queue_empty', 'groups'));
	return step(state, 'call', next.ticket._id, { counter, groups }, ctx);
}

function heldBy(state: QueueState, counter: number) {
	const held = state.held.get(counter);
	if (!held) return fail(domainError('error.queue_nothing_held', 'counter', { counter }));
	return ok(held);
}

/** The counter calls its ticket again (the citizen has not come). */
export function recallTicket(
	state: QueueState,
	input: unknown,
	ctx: StepContext
): Result<Stamped<CallDoc>> {
	const parsed = parseWith(CounterInput, input);
	if (!parsed.ok) return parsed;
	const held = heldBy(state, parsed.value.counter);
	if (!held.ok) return held;
	return step(state, 'recall', held.value.ticket._id, parsed.value, ctx);
}

/** The counter closes its ticket: served, or the citizen did not come (no-show). */
export function finishTicket(
	state: QueueState,
	input: unknown,
	ctx: StepContext
): Result<Stamped<CallDoc>> {
	const parsed = parseWith(FinishInput, input);
	if (!parsed.ok) return parsed;
	const { counter, outcome } = parsed.value;
	const held = heldBy(state, counter);
	if (!held.ok) return held;
	return step(state, outcome, held.value.ticket._id, { counter }, ctx);
}
