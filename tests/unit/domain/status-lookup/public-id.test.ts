import { describe, expect, it } from 'vitest';
import {
	groupedToken,
	parsePublicId,
	statusUrl,
	tokenFromBytes,
	TOKEN_BYTES
} from '$lib/domain/status-lookup';
import { PUBLIC_TOKEN } from '$lib/domain/schemas/public-status';

const id = { commune: '99901', token: 'K7M2Q9XPA3BWE4NR' };

describe('public ids', () => {
	it('encodes 10 random bytes as 16 Crockford base32 characters (80 bits)', () => {
		expect(tokenFromBytes(new Uint8Array(TOKEN_BYTES))).toBe('0000000000000000');
		expect(tokenFromBytes(new Uint8Array(TOKEN_BYTES).fill(255))).toBe('ZZZZZZZZZZZZZZZZ');
		const bytes = Uint8Array.from([0x9c, 0xe8, 0x2b, 0x93, 0xb6, 0xa8, 0x75, 0x9c, 0x99, 0x57]);
		const token = tokenFromBytes(bytes);
		expect(token).toMatch(PUBLIC_TOKEN);
		// Checked with Python: RFC 4648 base32 of the same bytes, mapped to Crockford's alphabet.
		expect(token).toBe('KKM2Q4XPN1TSS6AQ');
		expect(() => tokenFromBytes(new Uint8Array(8))).toThrow(RangeError);
	});

	it('makes the URL the QR encodes, and reads it back', () => {
		const url = statusUrl('https://motcua.example.vn/', id);
		expect(url).toBe('https://motcua.example.vn/tra-cuu/99901-K7M2Q9XPA3BWE4NR');
		expect(parsePublicId(url)).toEqual(id);
		expect(parsePublicId(`${url}/`)).toEqual(id);
		expect(parsePublicId(`${url}?utm=x`)).toEqual(id);
		expect(parsePublicId('/tra-cuu/99901-K7M2Q9XPA3BWE4NR')).toEqual(id);
	});

	it('reads what a person types: grouped, lower case, O for 0, I and L for 1', () => {
		expect(parsePublicId(`99901-${groupedToken(id.token)}`)).toEqual(id);
		expect(groupedToken(id.token)).toBe('K7M2-Q9XP-A3BW-E4NR');
		expect(parsePublicId(' 99901 k7m2 q9xp a3bw e4nr ')).toEqual(id);
		expect(parsePublicId('99901-0000-IIII-LLLL-OOOO')).toEqual({
			commune: '99901',
			token: '0000111111110000'
		});
	});

	it('refuses anything else: a bare dossier code, a short token, another path, U', () => {
		for (const text of [
			'000.01.11.H99-260105-1001',
			'99901-K7M2Q9XPA3BWE4N',
			'99901-K7M2Q9XPA3BWE4NU',
			'https://x.vn/dossiers/99901-K7M2Q9XPA3BWE4NR',
			'K7M2Q9XPA3BWE4NR',
			'',
			'https://x.vn/tra-cuu/%E0%A4%A'
		]) {
			expect(parsePublicId(text), text).toBeNull();
		}
	});
});
