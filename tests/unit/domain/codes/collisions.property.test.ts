import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectOk } from '../../../builders/result';
import { mintDossierCode, nextBookEntry } from '$lib/domain/codes';

const DATES = ['2025-07-07', '2025-07-08', '2025-12-31', '2026-01-02'];
const AGENCY = '000.01.11.H99';

/**
 * Several devices of one agency mint codes offline (each knows only its own numbers, plus
 * whatever a random sync showed it), in any interleaving, over several receipt dates: no two
 * codes and no two tracking-book numbers are ever the same.
 */
describe('offline devices never collide', () => {
	it('on dossier codes and book entries', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 6 }),
				fc.array(
					fc.record({
						device: fc.nat(),
						date: fc.constantFrom(...DATES),
						sync: fc.boolean()
					}),
					{ maxLength: 400 }
				),
				(slots, ops) => {
					const known = slots.map(() => new Map<string, number[]>());
					const lastEntry = slots.map(() => new Map<number, number>());
					const codes = new Set<string>();
					const entries = new Set<string>();
					const all = new Map<string, number[]>();
					for (const op of ops) {
						const d = op.device % slots.length;
						const mine = known[d]!;
						if (op.sync) for (const [date, seqs] of all) mine.set(date, [...seqs]);
						const minted = mintDossierCode({
							agency: AGENCY,
							date: op.date,
							slot: slots[d],
							usedSeqsForDate: mine.get(op.date) ?? []
						});
						expectOk(minted);
						expect(codes.has(minted.value.code)).toBe(false);
						codes.add(minted.value.code);
						mine.set(op.date, [...(mine.get(op.date) ?? []), minted.value.parts.seq]);
						all.set(op.date, [...(all.get(op.date) ?? []), minted.value.parts.seq]);
						const year = Number(op.date.slice(0, 4));
						const book = nextBookEntry(slots[d], year, lastEntry[d]!.get(year) ?? null);
						expectOk(book);
						const key = `${book.value.year}/${book.value.volume}/${book.value.entry}`;
						expect(entries.has(key)).toBe(false);
						entries.add(key);
						lastEntry[d]!.set(year, book.value.entry);
					}
				}
			),
			{ numRuns: 200 }
		);
	});
});
