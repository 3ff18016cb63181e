import { describe, expect, it } from 'vitest';
import { importProcedureRows, mergeImported } from '$lib/domain/catalog/import';
import { buildProcedure } from '../../../../builders/procedure';
import { importContext, listRow, listSheet } from '../../../../builders/import-rows';

describe('importProcedureRows: a province list to catalog entries', () => {
	it('turns a full row into a sourced entry citing its decision, file and row', () => {
		const out = importProcedureRows(
			listSheet([listRow({ 'Giấy tờ thay bằng dữ liệu': '2' })]),
			importContext({ url: 'https://example.gov.vn/qd-1' })
		);
		expect(out.problems).toEqual([]);
		const [p] = out.procedures;
		expect(p).toMatchObject({
			_id: 'procedure:1.001193',
			code: '1.001193',
			name: 'Đăng ký khai sinh',
			field: { code: 'ho_tich', name: 'Hộ tịch' },
			time_limit: { unit: 'same_day', value: 0 },
			fee_set_by: 'none',
			legal_basis: ['Luật Hộ tịch số 60/2014/QH13', 'Quyết định số 1/QĐ-UBND (thử)'],
			receipt_form: 'TT03-01',
			source: {
				decision: 'Quyết định số 1/QĐ-UBND (thử)',
				url: 'https://example.gov.vn/qd-1',
				province: '11',
				file: 'danh-muc.xlsx',
				row: 2
			}
		});
		expect(p?.required_documents.map((d) => d.replaceable_by_database)).toEqual([false, true]);
		expect(p?.confidence.unverified).toEqual(['competent_authority']);
	});

	it('leaves out what the row leaves out: fees unknown, no documents, marked verify', () => {
		const out = importProcedureRows(
			listSheet([listRow({ 'Phí, lệ phí': '', 'Thành phần hồ sơ': '', 'Căn cứ pháp lý': '' })]),
			importContext()
		);
		const [p] = out.procedures;
		expect(p?.fee_set_by).toBe('unknown');
		expect(p?.fees).toEqual([]);
		expect(p?.required_documents).toEqual([]);
		expect(p?.confidence.level).toBe('verify');
		expect(p?.confidence.unverified).toEqual([
			'fees',
			'documents',
			'legal_basis',
			'competent_authority'
		]);
	});

	it('puts amounts under the province, with the decision as their basis', () => {
		const out = importProcedureRows(
			listSheet([listRow({ 'Mã thủ tục': '2.000635', 'Phí, lệ phí': '8.000 đồng/bản sao' })]),
			importContext({ province: '11' })
		);
		const [p] = out.procedures;
		expect(p?.fee_set_by).toBe('province');
		expect(p?.province_fees?.['11']).toEqual({
			fees: [{ label: '8.000 đồng/bản sao', amount: 8000, per: 'copy' }],
			basis: 'Quyết định số 1/QĐ-UBND (thử)'
		});
	});

	it('a national record (no province): amounts stay its own lines, who sets them unknown; the row URL is cited', () => {
		const header = ['Mã thủ tục', 'Tên thủ tục', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Nguồn'];
		const out = importProcedureRows(
			[
				header,
				['2.000635', 'Cấp bản sao trích lục', '1 ngày làm việc', '8.000 VNĐ', 'https://x.vn/a']
			],
			importContext({ province: undefined, file: undefined, decision: 'QĐ 1/QĐ-BTP' })
		);
		const [p] = out.procedures;
		expect(p?.fee_set_by).toBe('unknown');
		expect(p?.fees).toEqual([{ label: '8.000 VNĐ', amount: 8000, per: 'case' }]);
		expect(p?.province_fees).toBeUndefined();
		expect(p?.source).toEqual({ decision: 'QĐ 1/QĐ-BTP', url: 'https://x.vn/a' });
		expect(p?.confidence.note).toContain('văn bản tại https://x.vn/a');
	});

	it('refuses bad rows whole, with row number and a Vietnamese reason, and keeps the good ones', () => {
		const out = importProcedureRows(
			listSheet([
				listRow(),
				listRow({ 'Mã thủ tục': '1.000894', 'Thời hạn giải quyết': 'Theo quy định' }),
				listRow({ 'Mã thủ tục': '1.000656', 'Cấp thực hiện': 'Cấp Tỉnh' }),
				listRow({ 'Mã thủ tục': 'ABC', 'Tên thủ tục': 'Sai mã' }),
				listRow(),
				listRow({ 'Mã thủ tục': '1.004873', 'Quyết định công bố': '' })
			]),
			importContext()
		);
		expect(out.procedures.map((p) => p.code)).toEqual(['1.001193']);
		expect(out.problems.map((p) => p.row)).toEqual([3, 4, 5, 6, 7]);
		expect(out.problems[0]?.message).toBe(
			'Thời hạn giải quyết: không đọc được “Theo quy định”; ghi như “03 ngày làm việc”, “10 ngày” hoặc “Trong ngày”.'
		);
		expect(out.problems[1]?.message).toContain('không phải cấp xã');
		expect(out.problems[2]?.message).toContain('Mã');
		expect(out.problems[3]?.message).toBe('Mã thủ tục trùng với dòng 2; giữ dòng 2, bỏ dòng này.');
		expect(out.problems[4]?.message).toContain('--decision');
	});

	it('finds the header under a title, reads section rows as fields, local codes as national', () => {
		const header = ['Mã số TTHC', 'TÊN THỦ TỤC', 'Thời hạn giải quyết'];
		const rows = [
			['DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ'],
			[],
			header,
			['I. LĨNH VỰC CHỨNG THỰC'],
			['2.000815.000.00.00.H12', 'Chứng thực bản sao từ bản chính', 'Trong ngày'],
			[1.00041, 'Thủ tục có mã gõ thành số', '05 ngày làm việc']
		];
		const out = importProcedureRows(rows, importContext({ decision: 'Quyết định số 2/QĐ-UBND' }));
		expect(out.header?.row).toBe(3);
		expect(out.sections).toBe(1);
		expect(out.problems).toEqual([]);
		expect(out.procedures.map((p) => [p.code, p.field.code])).toEqual([
			['2.000815', 'chung_thuc'],
			['1.000410', 'chung_thuc']
		]);
	});

	it('a file without the required columns is refused as a whole (row 0)', () => {
		const out = importProcedureRows([['Tên thủ tục', 'Ghi chú']], importContext());
		expect(out.procedures).toEqual([]);
		expect(out.problems).toHaveLength(1);
		expect(out.problems[0]?.row).toBe(0);
		expect(out.problems[0]?.message).toContain('Mã thủ tục');
	});
});

describe('mergeImported', () => {
	const imported = () =>
		importProcedureRows(
			listSheet([listRow({ 'Phí, lệ phí': 'Lệ phí: 5.000 đồng' })]),
			importContext({ province: '11' })
		).procedures[0]!;

	it('creates a new code', () => {
		expect(mergeImported(undefined, imported(), '11').outcome).toBe('create');
	});

	it('adds only the province fee table to a seed entry whose fees the province sets', () => {
		const seed = buildProcedure({ time_limit_note: 'giữ nguyên' });
		const r = mergeImported({ ...seed, _rev: '1-a' }, imported(), '11');
		expect(r.outcome).toBe('province_fees');
		expect(r.doc?._rev).toBeUndefined();
		expect(r.doc?.time_limit_note).toBe('giữ nguyên');
		expect(r.doc?.province_fees?.['11']?.fees[0]?.amount).toBe(5000);
	});

	it('keeps a seed entry with national fees untouched', () => {
		const seed = buildProcedure({ fee_set_by: 'national' });
		expect(mergeImported(seed, imported(), '11')).toEqual({ outcome: 'keep' });
	});

	it('replaces an earlier import, keeping other provinces’ tables; merging twice is stable', () => {
		const first = mergeImported(undefined, imported(), '11').doc!;
		const withOther = {
			...first,
			province_fees: {
				...first.province_fees,
				'12': { fees: [{ label: 'x', amount: 1000, per: 'case' as const }], basis: 'NQ 12' }
			}
		};
		const again = mergeImported(withOther, imported(), '11');
		expect(again.outcome).toBe('replace');
		expect(Object.keys(again.doc?.province_fees ?? {}).sort()).toEqual(['11', '12']);
		expect(mergeImported(again.doc, imported(), '11').doc).toEqual(again.doc);
	});

	it('never overwrites an existing document the schema refuses', () => {
		expect(mergeImported({ _id: 'procedure:1.001193' }, imported(), '11')).toEqual({
			outcome: 'keep',
			unreadable: true
		});
	});
});
