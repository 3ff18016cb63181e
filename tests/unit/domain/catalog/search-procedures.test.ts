import { describe, expect, it } from 'vitest';
import { parseProcedureCatalog } from '$lib/domain/catalog/parse-catalog';
import { rankProcedure, searchProcedures } from '$lib/domain/catalog/search-procedures';
import type { Procedure } from '$lib/domain/schemas/procedure';
import proceduresJson from '$lib/seed/procedures.json';
import { buildProcedure } from '../../../builders/procedure';

const parsed = parseProcedureCatalog(proceduresJson);
const catalog: Procedure[] = parsed.ok ? parsed.value : [];
const codes = (query: string) => searchProcedures(catalog, query).map((p) => p.code);

describe('searchProcedures', () => {
	it('finds "Đăng ký khai sinh" with "khai sinh", without tones', () => {
		const found = codes('khai sinh');
		expect(found[0]).toBe('1.001193');
		expect(found).toContain('1.004884'); // Đăng ký lại khai sinh
		expect(found).not.toContain('1.000656');
	});

	it('folds tones, case and đ in the query', () => {
		expect(codes('ĐĂNG KÝ KHAI TỬ')[0]).toBe('1.000656');
		expect(codes('dang ky khai tu')[0]).toBe('1.000656');
		expect(codes('Chứng thực chữ ký')[0]).toBe('2.000884');
	});

	it('puts an exact code first, then code prefixes', () => {
		expect(codes('1.001193')).toEqual(['1.001193']);
		expect(codes(' 2.000815 ')[0]).toBe('2.000815');
		const prefix = codes('2.000');
		expect(prefix.length).toBeGreaterThanOrEqual(4);
		expect(prefix.every((c) => c.startsWith('2.000'))).toBe(true);
	});

	it('ranks code exact > name prefix > name words > name word starts > other tokens', () => {
		const exact = buildProcedure({ code: '1.000001', name: 'Thủ tục A' });
		const namePrefix = buildProcedure({ code: '1.000002', name: 'Đăng ký hộ kinh doanh' });
		const tokens = buildProcedure({ code: '1.000003', name: 'Thay đổi nội dung đăng ký' });
		const english = buildProcedure({
			code: '1.000004',
			name: 'Thủ tục B',
			name_en: 'Dang registration'
		});
		expect(rankProcedure(exact, '1.000001')).toBe(0);
		expect(rankProcedure(exact, '1.0000')).toBe(1);
		expect(rankProcedure(namePrefix, 'dang ky')).toBe(2);
		expect(rankProcedure(tokens, 'dang ky')).toBe(3);
		expect(rankProcedure(english, 'dang')).toBe(5);
		const wordStart = buildProcedure({
			code: '1.000005',
			name: 'Thủ tục đăng ký khai sinh lưu động'
		});
		const words = buildProcedure({ code: '1.000006', name: 'Thủ tục đăng ký khai tử lưu động' });
		// "tu" is the word "tử" of one name and only the start of "tục" in the other.
		expect(rankProcedure(words, 'khai tu luu dong')).toBe(3);
		expect(rankProcedure(wordStart, 'khai tu luu dong')).toBe(4);
		expect(rankProcedure(words, 'khai tu luu do')).toBe(3);
		expect(rankProcedure(exact, 'dang ky')).toBeUndefined();
		const all = [english, tokens, exact, namePrefix];
		expect(searchProcedures(all, 'dang').map((p) => p.code)).toEqual([
			'1.000002',
			'1.000003',
			'1.000004'
		]);
	});

	it('searches English names and field names too', () => {
		expect(codes('birth')).toContain('1.001193');
		expect(codes('cu tru').length).toBeGreaterThanOrEqual(4);
	});

	it('returns every procedure, by Vietnamese name, for an empty query', () => {
		const all = searchProcedures(catalog, '   ');
		expect(all).toHaveLength(catalog.length);
		const names = all.map((p) => p.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
	});

	it('returns nothing for a query that matches nothing', () => {
		expect(searchProcedures(catalog, 'xyzzy')).toEqual([]);
		expect(searchProcedures(catalog, '9.999999')).toEqual([]);
		expect(searchProcedures(catalog, '!!!')).toEqual([]);
	});
});
