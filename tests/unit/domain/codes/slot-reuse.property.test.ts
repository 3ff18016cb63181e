import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/domain/calendar/local-date';
import { checkSlotDate, claimTargets, mintDossierCode, type SlotClaim } from '$lib/domain/codes';

const AGENCY = '000.01.11.H99';
const START = '2026-03-01';

/**
 * Issue 19: a revoked device's slot is handed to a new device. The old holder keeps minting
 * offline until the revocation day (numbers that never reach upstream, so nobody else knows
 * them); the new holder claims the freed slot with the rule of `slot-claims.ts` and mints from
 * its first date on, seeing only what upstream has. Over any schedule, including a second
 * revocation of the new holder, no dossier code is ever issued twice.
 */
describe('a freed slot never reissues a code', () => {
	it('holds for old holders minting offline right up to their revocation', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ day: fc.integer({ min: 0, max: 9 }), pushed: fc.boolean() }), {
					maxLength: 120
				}),
				fc.integer({ min: 0, max: 9 }),
				fc.integer({ min: 0, max: 4 }),
				fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 120 }),
				(oldOps, revokedOnDay, secondGap, newOps) => {
					const issued = new Set<string>();
					const upstream = new Map<string, number[]>();
					const issue = (holder: Map<string, number[]>, date: string) => {
						const used = [...(holder.get(date) ?? []), ...(upstream.get(date) ?? [])];
						const minted = mintDossierCode({
							agency: AGENCY,
							date,
							slot: 3,
							usedSeqsForDate: used
						});
						if (!minted.ok) return null;
						expect(issued.has(minted.value.code)).toBe(false);
						issued.add(minted.value.code);
						holder.set(date, [...(holder.get(date) ?? []), minted.value.parts.seq]);
						return minted.value.parts.seq;
					};
					// Generation 0 of slot 3 works until the end of its revocation day.
					const old = new Map<string, number[]>();
					for (const op of oldOps) {
						if (op.day > revokedOnDay) continue;
						const date = addDays(START, op.day);
						const seq = issue(old, date);
						if (seq !== null && op.pushed) upstream.set(date, [...(upstream.get(date) ?? []), seq]);
					}
					const revokedDate = addDays(START, revokedOnDay);
					const claims: SlotClaim[] = [{ slot: 3, device_id: 'old-phone' }];
					// Every other slot is taken, so the freed one is the only target.
					for (let k = 0; k < 10; k++) if (k !== 3) claims.push({ slot: k, device_id: `dev-${k}` });
					const [target] = claimTargets(
						claims,
						[{ device_id: 'old-phone', free_from: addDays(revokedDate, 1) }],
						10
					);
					expect(target).toEqual({ slot: 3, generation: 1, firstDate: addDays(revokedDate, 1) });
					// Generation 1 mints (online: what it mints is upstream) until its own revocation.
					const secondRevoked = addDays(revokedDate, 1 + secondGap);
					const gen1 = new Map<string, number[]>();
					const gen2 = new Map<string, number[]>();
					const next = claimTargets(
						[
							...claims,
							{ slot: 3, generation: 1, device_id: 'new-phone', first_date: target!.firstDate! }
						],
						[
							{ device_id: 'old-phone', free_from: addDays(revokedDate, 1) },
							{ device_id: 'new-phone', free_from: addDays(secondRevoked, 1) }
						],
						10
					)[0]!;
					expect(next.generation).toBe(2);
					for (const day of newOps) {
						const date = addDays(START, day);
						const holder = date <= secondRevoked ? gen1 : gen2;
						const first = date <= secondRevoked ? target!.firstDate : next.firstDate;
						if (!checkSlotDate(date, first).ok) continue;
						// Generation 1 keeps what it mints offline to itself as well.
						issue(holder, date);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('refuses a code before the first date, with the date in Vietnamese', () => {
		const refused = checkSlotDate('2026-03-12', '2026-03-13');
		expect(refused.ok).toBe(false);
		if (!refused.ok) {
			expect(refused.errors[0]).toMatchObject({ code: 'slot_not_yet', field: 'slot' });
			expect(refused.errors[0]!.message).toContain('2026-03-13');
			expect(refused.errors[0]!.message).toMatch(/thu hồi máy cũ/);
		}
		expect(checkSlotDate('2026-03-13', '2026-03-13').ok).toBe(true);
		expect(checkSlotDate('2026-03-01', null).ok).toBe(true);
	});

	it('prefers never-used slots and ignores slots whose holder is not revoked', () => {
		const claims: SlotClaim[] = [
			{ slot: 0, device_id: 'a' },
			{ slot: 1, device_id: 'b' }
		];
		const targets = claimTargets(claims, [{ device_id: 'a', free_from: '2026-03-13' }], 3);
		expect(targets).toEqual([
			{ slot: 2, generation: 0, firstDate: null },
			{ slot: 0, generation: 1, firstDate: '2026-03-13' }
		]);
	});
});
