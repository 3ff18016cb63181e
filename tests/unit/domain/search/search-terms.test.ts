import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesQuery, searchTerms } from '$lib/domain/search/search-terms';

const dossier = searchTerms({
	applicantName: 'Nguyễn Văn Đức',
	code: '000.17.22.H56-250714-1003',
	citizenId: '001 085 012 345',
	phone: '+84 912.345.678',
	procedureName: 'Đăng ký khai sinh',
	procedureCode: '1.001193'
});

describe('searchTerms', () => {
	it('emits the documented terms', () => {
		expect(dossier).toEqual(
			expect.arrayContaining([
				'nguyen',
				'van',
				'duc',
				'dang',
				'ky',
				'khai',
				'sinh',
				'000',
				'17',
				'22',
				'h56',
				'250714',
				'1003',
				'2507141003',
				'1',
				'001193',
				'1001193',
				'001085012345',
				'2345',
				'012345',
				'0912345678',
				'912345678',
				'84912345678',
				'5678'
			])
		);
		expect(new Set(dossier).size).toBe(dossier.length);
	});

	it('strips leading zeros of the daily sequence', () => {
		expect(searchTerms({ code: '000.01.11.H99-250714-0042' })).toContain('42');
		expect(searchTerms({ code: '000.01.11.H99-250714-0000' })).toContain('0');
	});

	it('emits nothing for an empty input', () => {
		expect(searchTerms({})).toEqual([]);
		expect(searchTerms({ applicantName: '   ', extra: ['', '--'] })).toEqual([]);
	});

	it('keeps odd phone and ID text findable without failing', () => {
		expect(searchTerms({ phone: 'không có' })).toEqual([]);
		expect(searchTerms({ phone: '113' })).toEqual(['113']);
		expect(searchTerms({ citizenId: '123' })).toEqual(['123']);
	});
});

describe('matchesQuery', () => {
	it.each([
		'khai sinh',
		'Nguyễn Văn Đức',
		'nguyen van duc',
		'NGUYEN duc',
		'ĐỨC',
		'ngu',
		'H56-250714',
		'250714 1003',
		'1003',
		'001085012345',
		'0010850',
		'2345',
		'0912 345 678',
		'0912.345.678',
		'+84 912 345 678',
		'912345',
		'5678',
		'1.001193',
		''
	])('finds the dossier with %j', (q) => {
		expect(matchesQuery(dossier, q)).toBe(true);
	});

	it.each(['khai tử', 'tran', 'nguyen thi', '0987', '250715', 'h57'])(
		'does not find it with %j',
		(q) => {
			expect(matchesQuery(dossier, q)).toBe(false);
		}
	);

	it('matches a name written with combining marks', () => {
		const terms = searchTerms({ applicantName: 'Nguyễn Văn Đức'.normalize('NFD') });
		expect(matchesQuery(terms, 'Nguyễn Văn Đức'.normalize('NFC'))).toBe(true);
	});

	it('always finds a dossier by any word of its applicant name', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 4 }),
				(words) => {
					const name = words.join(' ');
					const terms = searchTerms({ applicantName: name });
					for (const w of words) expect(matchesQuery(terms, w)).toBe(true);
				}
			)
		);
	});
});
