import { describe, expect, it } from 'vitest';
import { parseFeeText } from '$lib/domain/catalog/import';

describe('parseFeeText', () => {
	it('an empty cell is unknown, not free', () => {
		expect(parseFeeText('  ')).toEqual({ kind: 'unknown' });
	});

	it.each(['Không', 'Miễn lệ phí', 'Không quy định.', 'MIỄN PHÍ'])('"%s" is no fee', (text) => {
		expect(parseFeeText(text)).toEqual({ kind: 'none' });
	});

	it('reads each amount with the line it stands on and its unit', () => {
		const r = parseFeeText(
			'Lệ phí: 8.000 đồng/bản sao\nChứng thực: 2.000 đồng/trang; Hợp đồng: 50,000đ'
		);
		expect(r).toEqual({
			kind: 'amounts',
			fees: [
				{ label: 'Lệ phí: 8.000 đồng/bản sao', amount: 8000, per: 'copy' },
				{ label: 'Chứng thực: 2.000 đồng/trang', amount: 2000, per: 'page' },
				{ label: 'Hợp đồng: 50,000đ', amount: 50000, per: 'contract' }
			]
		});
	});

	it('two amounts on one line get distinct labels', () => {
		const r = parseFeeText('Trực tiếp 20.000 đồng, trực tuyến 10.000 đồng');
		expect(r.kind).toBe('amounts');
		if (r.kind !== 'amounts') return;
		expect(r.fees.map((f) => [f.label, f.amount])).toEqual([
			['Trực tiếp 20.000 đồng, trực tuyến 10.000 đồng', 20000],
			['Trực tiếp 20.000 đồng, trực tuyến 10.000 đồng (2)', 10000]
		]);
	});

	it('text with no amount is kept as text only', () => {
		expect(parseFeeText('Theo Nghị quyết của HĐND tỉnh')).toEqual({ kind: 'text' });
	});
});
