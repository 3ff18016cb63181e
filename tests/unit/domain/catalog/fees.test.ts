import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import {
	certificationCopyFee,
	certificationFee,
	CERTIFICATION_COPY_FEE,
	pageTieredFee
} from '$lib/domain/catalog/fees';
import { buildFeeLine } from '../../../builders/procedure';

describe('certificationCopyFee (TT 226/2016/TT-BTC Art 4)', () => {
	it.each([
		[1, 2_000],
		[2, 4_000],
		[3, 5_000],
		[10, 12_000],
		[197, 199_000],
		[198, 200_000],
		[199, 200_000],
		[5_000, 200_000]
	])('%i pages cost %i đ per copy', (pages, fee) => {
		expect(certificationCopyFee(pages)).toEqual({ ok: true, value: fee });
	});

	it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 10_001])(
		'refuses %s pages with a Vietnamese message naming the field',
		(pages) => {
			const r = certificationCopyFee(pages);
			expectFailure(r);
			expect(r.errors[0]?.field).toBe('pages');
			expect(r.errors[0]?.message).toMatch(/^Số trang/);
		}
	);

	it('never decreases with more pages and never passes the cap', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 9_999 }), (pages) => {
				const a = certificationCopyFee(pages);
				const b = certificationCopyFee(pages + 1);
				if (!a.ok || !b.ok) throw new Error('valid page counts');
				expect(b.value).toBeGreaterThanOrEqual(a.value);
				expect(a.value).toBeLessThanOrEqual(CERTIFICATION_COPY_FEE.maxPerCopy);
			})
		);
	});
});

describe('certificationFee', () => {
	it('applies the cap per copy, then multiplies by copies', () => {
		expect(certificationFee(3, 2)).toEqual({ ok: true, value: 10_000 });
		expect(certificationFee(300, 3)).toEqual({ ok: true, value: 600_000 });
	});

	it('refuses a bad number of copies', () => {
		const r = certificationFee(2, 0);
		expectFailure(r);
		expect(r.errors[0]?.message).toMatch(/^Số bản/);
	});
});

describe('pageTieredFee', () => {
	it('ignores lines that are not per page or are for another channel', () => {
		const lines = [
			buildFeeLine({ amount: 500, per: 'page', channel: 'online' }),
			buildFeeLine({ amount: 800, per: 'page', channel: 'direct' }),
			buildFeeLine({ amount: 9_999, per: 'case' })
		];
		expect(pageTieredFee(lines, 4, 'online')).toEqual({ ok: true, value: 2_000 });
		expect(pageTieredFee(lines, 4, 'direct')).toEqual({ ok: true, value: 3_200 });
		expect(pageTieredFee([], 4)).toEqual({ ok: true, value: 0 });
	});
});
