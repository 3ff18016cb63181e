/**
 * Which slot a device may claim (issue 19), from the commune's slot claims and revocations; the
 * browser's `src/lib/domain/codes/slot-claims.ts` decides the same way. A slot k is claimed
 * first as `slot:<c>:<k>` (generation 0); once the upstream office revoked the device holding
 * its newest generation g, it may be claimed again as `slot:<c>:<k>:<g+1>`, whose numbers start
 * on the revocation's `free_from` date (the Vietnam day after the revocation): every code the old
 * holder could have minted carries an earlier date, so no code is ever issued twice, even for
 * numbers it minted offline and never pushed. Never-used slots go before freed ones.
 */

/**
 * @typedef {{ slot: number, generation?: number, device_id: string, first_date?: string }} SlotClaim
 * @typedef {{ device_id: string, free_from: string }} Revocation
 * @typedef {{ slot: number, generation: number, firstDate: string | null }} ClaimTarget
 */

/** @param {string} commune @param {number} slot @param {number} generation */
export function slotClaimId(commune, slot, generation) {
	return generation === 0 ? `slot:${commune}:${slot}` : `slot:${commune}:${slot}:${generation}`;
}

/**
 * The claims to try, in order: never-used slots (generation 0), then freed slots.
 * @param {SlotClaim[]} claims
 * @param {Revocation[]} revocations
 * @param {number} slotCount
 * @returns {ClaimTarget[]}
 */
export function claimTargets(claims, revocations, slotCount) {
	/** @type {Map<number, SlotClaim>} */
	const newest = new Map();
	for (const c of claims) {
		const have = newest.get(c.slot);
		if (!have || (c.generation ?? 0) > (have.generation ?? 0)) newest.set(c.slot, c);
	}
	const freeFrom = new Map(revocations.map((r) => [r.device_id, r.free_from]));
	/** @type {ClaimTarget[]} */
	const fresh = [];
	/** @type {ClaimTarget[]} */
	const freed = [];
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
