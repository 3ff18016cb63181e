import { domainError, fail, ok, type Result } from '$lib/domain/errors';

/**
 * Device slots (DOMAIN.md decisions): each device of an agency is enrolled upstream with a slot
 * k in 0–9. It draws the daily sequence XXXX from k×1000+1 … k×1000+999 and keeps tracking-book
 * volume k+1, so devices working offline never issue the same code or book number.
 */
export const SLOT_COUNT = 10;
export const SLOT_SIZE = 1000;

/** A checked slot, or the reason the device cannot number dossiers yet. */
export function checkSlot(slot: number | null | undefined): Result<number> {
	if (slot === null || slot === undefined) return fail(domainError('error.slot_missing', 'slot'));
	if (!Number.isInteger(slot) || slot < 0 || slot >= SLOT_COUNT) {
		return fail(domainError('error.slot_invalid', 'slot', { slot: String(slot) }));
	}
	return ok(slot);
}

/** The first and last sequence numbers of a slot (slot 0: 1–999, slot 9: 9001–9999). */
export function slotRange(slot: number): { readonly first: number; readonly last: number } {
	return { first: slot * SLOT_SIZE + 1, last: slot * SLOT_SIZE + SLOT_SIZE - 1 };
}
