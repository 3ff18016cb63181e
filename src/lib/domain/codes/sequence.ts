import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import { checkSlot, slotRange } from './slot';

/** What the device knows of the sequences already drawn for one receipt date. */
export type SequenceInput =
	| {
			readonly slot: number | null | undefined;
			/** Every sequence seen for the date (other slots' numbers are ignored). */
			readonly usedSeqsForDate: readonly number[];
	  }
	| {
			readonly slot: number | null | undefined;
			/** The last sequence this device drew for the date, `null` for none. */
			readonly lastSeqForDate: number | null;
	  };

/**
 * The next daily sequence (XXXX of the dossier code) for a device: one more than the highest
 * already drawn in its slot's range for that date, starting at k×1000+1. A device with no slot,
 * or whose range is used up, gets a typed error instead of a number that could collide.
 */
export function mintSequence(input: SequenceInput): Result<number> {
	const slot = checkSlot(input.slot);
	if (!slot.ok) return slot;
	const { first, last } = slotRange(slot.value);
	const drawn =
		'usedSeqsForDate' in input
			? input.usedSeqsForDate.filter((s) => Number.isInteger(s) && s >= first && s <= last)
			: input.lastSeqForDate === null
				? []
				: [input.lastSeqForDate];
	if (drawn.some((s) => !Number.isInteger(s) || s < first || s > last)) {
		return fail(domainError('error.sequence_outside_slot', 'seq', { slot: slot.value }));
	}
	const next = drawn.length === 0 ? first : Math.max(...drawn) + 1;
	if (next > last) return fail(domainError('error.slot_exhausted', 'seq', { slot: slot.value }));
	return ok(next);
}
