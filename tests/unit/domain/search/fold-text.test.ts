import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchTokens } from '$lib/domain/search/fold-text';

describe('foldVietnamese', () => {
	it('strips tones, marks and đ, lower-cases and collapses whitespace', () => {
		expect(foldVietnamese('  ĐĂNG   KÝ\tKHAI\nSINH ')).toBe('dang ky khai sinh');
		expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc');
		expect(foldVietnamese('Trần Thị Ngọc Ánh')).toBe('tran thi ngoc anh');
		expect(foldVietnamese('Hồ Chí Minh – Thừa Thiên Huế')).toBe('ho chi minh – thua thien hue');
		expect(foldVietnamese('ƯỚC ƠN ưu ơi')).toBe('uoc on uu oi');
	});

	it('folds precomposed (NFC) and combining (NFD) input identically', () => {
		const nfc = 'Nguyễn Văn Đức, Đăng ký kết hôn'.normalize('NFC');
		const nfd = nfc.normalize('NFD');
		expect(nfd).not.toBe(nfc);
		expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
		expect(foldVietnamese(nfd)).toBe('nguyen van duc, dang ky ket hon');
	});

	it('maps full-width digits and letters to ASCII', () => {
		expect(foldVietnamese('０１２ＡＢ')).toBe('012ab');
	});

	it('strips marks that lower-casing adds, and lower-cases compatibility forms', () => {
		expect(foldVietnamese('İSTANBUL')).toBe('istanbul');
		expect(foldVietnamese('㎒')).toBe('mhz');
	});

	// A hundred random strings, each folded four times: slow on a loaded machine, not a timing claim.
	it('is idempotent and NFC/NFD-invariant for any text', { timeout: 30_000 }, () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
				const once = foldVietnamese(s);
				expect(foldVietnamese(once)).toBe(once);
				expect(foldVietnamese(s.normalize('NFD'))).toBe(foldVietnamese(s.normalize('NFC')));
			})
		);
	});
});

describe('searchTokens', () => {
	it('splits on non-alphanumerics, drops empties, keeps each token once', () => {
		expect(searchTokens('Đăng ký — khai sinh, khai sinh!')).toEqual(['dang', 'ky', 'khai', 'sinh']);
		expect(searchTokens('000.17.22.H56-210531-0001')).toEqual([
			'000',
			'17',
			'22',
			'h56',
			'210531',
			'0001'
		]);
		expect(searchTokens('  ... ')).toEqual([]);
		expect(searchTokens('')).toEqual([]);
	});

	it('gives folded, unique, non-empty tokens for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				const tokens = searchTokens(s);
				expect(new Set(tokens).size).toBe(tokens.length);
				for (const t of tokens) {
					expect(t.length).toBeGreaterThan(0);
					expect(foldVietnamese(t)).toBe(t);
					expect(t).toMatch(/^[\p{L}\p{N}]+$/u);
				}
			})
		);
	});
});
