import { describe, expect, it } from 'vitest';
import { parseProcedureCatalog } from '$lib/domain/catalog/parse-catalog';
import { searchProcedures } from '$lib/domain/catalog/search-procedures';
import type { Procedure } from '$lib/domain/schemas/procedure';
import communeJson from '$lib/seed/procedures-commune.json';
import proceduresJson from '$lib/seed/procedures.json';

function load(input: unknown): Procedure[] {
	const parsed = parseProcedureCatalog(input);
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
	return parsed.value;
}

const commune = load(communeJson);
const all = load([...proceduresJson, ...communeJson]);

describe('seed of national commune-level records (src/lib/seed/procedures-commune.json, issue 18.7)', () => {
	it('with the hand-written seed the catalog passes 80 procedures, no code twice', () => {
		expect(all.length).toBeGreaterThanOrEqual(80);
		expect(new Set(all.map((p) => p.code)).size).toBe(all.length);
	});

	it('every entry cites its decision and the text it was read from, and is marked verify', () => {
		for (const p of commune) {
			expect(p.source?.decision, p.code).toMatch(/^Quyết định số \S+\/QĐ-B/);
			expect(p.source?.url, p.code).toBe(
				`https://github.com/hdtruong802/Vietnam-AI-Innovation-Challenge-2026/blob/b4b99517edb71951c665cf17c75e2c74b8b6a33c/data/Data_DVC/${p.code}.txt`
			);
			expect(p.legal_basis.at(-1)).toBe(p.source?.decision);
			expect(p.confidence.level).toBe('verify');
		}
	});

	it('claims no province’s fee and no fee setter: amounts only where the record states them', () => {
		for (const p of commune) {
			expect(p.province_fees).toBeUndefined();
			expect(['none', 'unknown']).toContain(p.fee_set_by);
			if (p.fees.length > 0) expect(p.fee_note, p.code).toBeDefined();
		}
	});

	it('finds a record without accents over the whole catalog', () => {
		const hits = searchProcedures(all, 'khai tu luu dong').map((p) => p.code);
		expect(hits[0]).toBe('1.000419');
	});
});
