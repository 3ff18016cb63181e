import { checkSlot, slotRange } from '$lib/domain/codes/slot';
import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { QueueGroup } from '$lib/domain/schemas/queue';
import { groupInfo } from './groups';

/**
 * Ticket numbers, offline and without collisions (DOMAIN.md decisions, as for dossier codes):
 * the device with slot k draws the numbers of a group from k×1000+1 … k×1000+999 for each
 * Vietnam day, so two ticket screens working offline never mint the same ticket id
 * (`ticket:<date>:<group>:<number>`) and every day starts again at k×1000+1. The counter that
 * remembers the last number is kept per day, group and slot in the journal (`ticketCounterKey`).
 */

export function ticketCounterKey(date: string, group: QueueGroup, slot: number): string {
	return `queue:${date}:${group}:${slot}`;
}

/** The next number after `last` (null: none yet today) in the slot's range. */
export function nextTicketNumber(
	slot: number | null | undefined,
	last: number | null
): Result<number> {
	const checked = checkSlot(slot);
	if (!checked.ok) return checked;
	const { first, last: end } = slotRange(checked.value);
	const next = last === null || last < first ? first : last + 1;
	if (next > end) return fail(domainError('error.queue_exhausted', 'number', { last: end }));
	return ok(next);
}

/**
 * What is printed and called: the group's letter and the number, three digits at least
 * (`A001` from slot 0, `A1001` from slot 1).
 */
export function ticketLabel(group: QueueGroup, number: number): string {
	return `${groupInfo(group).letter}${String(number).padStart(3, '0')}`;
}
