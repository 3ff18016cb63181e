import { domainError, fail, ok, type Result } from '$lib/domain/errors';

/**
 * Which slot a device may claim at enrolment (issue 19), from the commune's slot claims and
 * device revocations, the same rule as server/devices/slot-claims.js. A slot k is first claimed
 * as `slot:<c>:<k>` (generation 0). Once the upstream office revoked the device holding its
 * newest generation g, the slot may be claimed again as `slot:<c>:<k>:<g+1>`, and that holder
 * mints codes only for receipt dates from the revocation's `free_from`, the Vietnam day after the
 * revocation. A dossier code carries its receipt date (TT 01/2018 Art 19), and the old holder's
 * writes are refused upstream from the revocation on, so every code the old holder could have
 * issued, even offline and never pushed, has an earlier date than any code of the new holder.
 * Never-used slots go first: a slot is reused only once all ten have been used.
 */

export interface SlotClaim {
	readonly slot: number;
	readonly generation?: number;
	readonly device_id: string;
	readonly first_date?: string;
}

export interface Revocation {
	readonly device_id: string;
	readonly free_from: string;
}

export interface ClaimTarget {
	readonly slot: number;
	readonly generation: number;
	/** The first receipt date the holder mints for; null for a slot's first generation. */
	readonly firstDate: string | null;
}

export function slotClaimId(commune: string, slot: number, generation: number): string {
	return generation === 0 ? `slot:${commune}:${slot}` : `slot:${commune}:${slot}:${generation}`;
}

/** The claims to try, in order: never-used slots, then freed ones. */
export function claimTargets(
	claims: readonly SlotClaim[],
	revocations: readonly Revocation[],
	slotCount: number
): ClaimTarget[] {
	const newest = new Map<number, SlotClaim>();
	for (const c of claims) {
		const have = newest.get(c.slot);
		if (!have || (c.generation ?? 0) > (have.generation ?? 0)) newest.set(c.slot, c);
	}
	const freeFrom = new Map(revocations.map((r) => [r.device_id, r.free_from]));
	const fresh: ClaimTarget[] = [];
	const freed: ClaimTarget[] = [];
	for (let k = 0; k < slotCount; k++) {
		const holder = newest.get(k);
		if (!holder) {
			fresh.push({ slot: k, generation: 0, firstDate: null });
			continue;
		}
		const from = freeFrom.get(holder.device_id);
		if (from) freed.push({ slot: k, generation: (holder.generation ?? 0) + 1, firstDate: from });
	}
	return [...fresh, ...freed];
}

/**
 * A device holding a freed slot mints for receipt dates from its first date on only; before
 * that date the numbers of the slot may still belong to the revoked device.
 */
export function checkSlotDate(
	receiptDate: string,
	firstDate: string | null | undefined
): Result<true> {
	if (firstDate && receiptDate < firstDate) {
		return fail(domainError('error.slot_not_yet', 'slot', { date: firstDate }));
	}
	return ok(true);
}
