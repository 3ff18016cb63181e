import { vnDateOf } from '$lib/domain/calendar/vn-time';
import type { Result } from '$lib/domain/errors';
import {
	callNext,
	finishTicket,
	recallTicket,
	takeTicket,
	ticketCounterKey,
	type QueueState,
	type StepContext,
	type Stamped
} from '$lib/domain/queue';
import { parseGroup } from '$lib/domain/queue/groups';
import type { CallDoc, TicketDoc } from '$lib/domain/schemas/queue';
import { runCommand, type CommandContext, type WriteResult } from '$lib/db/commit';
import { queueDay } from '$lib/db/queries';
import type { Runtime } from '$lib/db/runtime';

/**
 * The queue's write commands (issue 16). Each goes through `runCommand` like a lifecycle event:
 * one strict journal transaction for the document and the numbers it drew, then PouchDB, from
 * where it replicates upstream and to the office's other devices.
 */

/** A ticket of `group` (`{ group }` from the ticket screen) for today. */
export function issueTicket(
	rt: Runtime,
	input: unknown,
	now: string
): Promise<WriteResult<TicketDoc>> {
	const group = parseGroup((input as { group?: string } | null)?.group) ?? 'khac';
	const date = vnDateOf(now);
	const slot = rt.device.slot;
	const key = ticketCounterKey(date, group, slot ?? 0);
	return runCommand(rt, { now, counters: [key] }, (ctx) => {
		const result = takeTicket(input, {
			now,
			deviceId: ctx.device.device_id,
			slot,
			hlc: ctx.numbering.hlc,
			lastNumber: ctx.counters.get(key) ?? null
		});
		if (!result.ok) return result;
		const { doc, hlc } = result.value;
		return {
			ok: true,
			value: {
				value: doc,
				docs: [doc],
				drawn: { hlc, eventSeq: ctx.numbering.eventSeq },
				counters: [{ key, value: doc.number }]
			}
		};
	});
}

type Step = (state: QueueState, input: unknown, ctx: StepContext) => Result<Stamped<CallDoc>>;

const STEPS = { call: callNext, recall: recallTicket, finish: finishTicket } as const;
export type QueueStep = keyof typeof STEPS;

/**
 * A counter's step on today's queue, decided on the queue as this device folds it now. Two
 * counters deciding at once may name the same ticket: the fold settles it (earliest call wins,
 * the other takes the next), so nothing here needs a lock across devices.
 */
export async function queueStep(
	rt: Runtime,
	name: QueueStep,
	input: unknown,
	now: string
): Promise<WriteResult<CallDoc>> {
	const state = await queueDay(vnDateOf(now));
	const step: Step = STEPS[name];
	return runCommand(rt, { now }, (ctx: CommandContext) => {
		const n = ctx.numbering;
		const result = step(state, input, {
			now,
			deviceId: ctx.device.device_id,
			hlc: n.hlc,
			seq: n.eventSeq + 1,
			officer: ctx.officer
		});
		if (!result.ok) return result;
		const { doc, hlc } = result.value;
		return {
			ok: true,
			value: { value: doc, docs: [doc], drawn: { hlc, eventSeq: n.eventSeq + 1 } }
		};
	});
}
