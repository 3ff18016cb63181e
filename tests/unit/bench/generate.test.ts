import { describe, expect, it } from 'vitest';
import { createGenerator, documentsOf } from '../../../bench/lib/generate';
import { quantile } from '../../../bench/lib/stats.js';
import { foldDossier } from '$lib/domain/fold';
import { DossierDoc } from '$lib/domain/schemas/dossier';
import { EventDoc } from '$lib/domain/schemas/events';
import validateCommune from '../../../server/design/validate-commune.js';

describe('benchmark generator', () => {
	const items = createGenerator({ commune: '99901', seed: 42, perDay: 30 }).next(60);

	it('produces intakes and 3–8 events per dossier that parse with the schemas', () => {
		for (const { dossier, events } of items) {
			expect(DossierDoc.safeParse(dossier).success).toBe(true);
			expect(events.length).toBeGreaterThanOrEqual(3);
			expect(events.length).toBeLessThanOrEqual(8);
			for (const e of events) expect(EventDoc.safeParse(e).success).toBe(true);
		}
	});

	it('tells lifecycles the fold accepts without a flag, with unique codes', () => {
		for (const { dossier, events } of items) {
			expect(foldDossier(dossier, [...events]).flags).toEqual([]);
		}
		const ids = documentsOf(items).map((d) => d._id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('writes documents the commune database accepts', () => {
		const ctx = { db: 'commune-99901', name: 'officer-99901', roles: ['commune:99901'] };
		for (const doc of documentsOf(items.slice(0, 5))) {
			expect(() => validateCommune(doc, null, ctx, {})).not.toThrow();
		}
	});

	it('is deterministic for a seed', () => {
		const again = createGenerator({ commune: '99901', seed: 42, perDay: 30 }).next(3);
		expect(again.map((g) => g.dossier)).toEqual(items.slice(0, 3).map((g) => g.dossier));
	});
});

describe('quantile', () => {
	it('takes the nearest rank', () => {
		expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
		expect(quantile([5, 1, 3, 2, 4], 0.95)).toBe(5);
		expect(quantile([7], 0.95)).toBe(7);
		expect(quantile([], 0.5)).toBeNaN();
	});
});
