import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as server from '../../../../server/devices/slot-claims.js';
import { claimTargets, slotClaimId } from '$lib/domain/codes';

/**
 * The freed-slot rule runs twice: in the browser (`src/lib/domain/codes/slot-claims.ts`, used by
 * enrolment) and in the upstream tool (`server/devices/slot-claims.js`, plain Node, used by
 * `claim-slot.js` and `npm run devices`). Two copies of one rule must never drift apart: over any
 * claims and revocations both give the same claims to try, in the same order, with the same ids.
 */
const DEVICES = ['d-a', 'd-b', 'd-c', 'd-d', 'd-e'];
const claim = fc.record({
	slot: fc.integer({ min: 0, max: 9 }),
	generation: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
	device_id: fc.constantFrom(...DEVICES)
});
const revocation = fc.record({
	device_id: fc.constantFrom(...DEVICES),
	free_from: fc.constantFrom('2026-03-02', '2026-04-15', '2027-01-01')
});

describe('the two copies of the freed-slot rule', () => {
	it('give the same claims to try, in order, with the same ids', () => {
		fc.assert(
			fc.property(
				fc.array(claim, { maxLength: 25 }),
				fc.array(revocation, { maxLength: 5 }),
				fc.integer({ min: 1, max: 10 }),
				(claims, revocations, slotCount) => {
					const browser = claimTargets(claims, revocations, slotCount);
					expect(server.claimTargets(claims, revocations, slotCount)).toEqual(browser);
					for (const t of browser)
						expect(server.slotClaimId('99901', t.slot, t.generation)).toBe(
							slotClaimId('99901', t.slot, t.generation)
						);
				}
			)
		);
	});
});
