import { describe, expect, it } from 'vitest';
import { columnOf, mapHeader, parseDocumentsText, fieldOf } from '$lib/domain/catalog/import';

describe('header mapping is tolerant of accents, case and punctuation', () => {
	it.each([
		['Mã thủ tục', 'code'],
		['MA THU TUC', 'code'],
		['Mã TTHC', 'code'],
		['Tên thủ tục hành chính', 'name'],
		['Phí/Lệ phí', 'fees'],
		['Phí, lệ phí (nếu có)', 'fees'],
		['thoi han giai quyet', 'time_limit'],
		['Số quyết định', 'decision'],
		['Căn cứ pháp lý', 'legal_basis']
	])('%s → %s', (header, column) => {
		expect(columnOf(header)).toBe(column);
	});

	it('reports the required columns a header lacks and the headers it ignores', () => {
		const map = mapHeader(['STT', 'Tên thủ tục', 'Ghi chú']);
		expect(map.missing).toEqual(['code', 'time_limit']);
		expect(map.ignored).toEqual(['STT', 'Ghi chú']);
		expect(map.index.name).toBe(1);
	});
});

describe('parseDocumentsText', () => {
	it('one item per line, markers dropped, counts only where stated, replaceable by its column', () => {
		const items = parseDocumentsText(
			'1. Tờ khai đăng ký khai sinh (Bản chính: 1)\n2. Giấy chứng sinh\n3. Căn cước của người đi đăng ký',
			'3'
		);
		expect(items.map((d) => [d.id, d.originals, d.copies, d.replaceable_by_database])).toEqual([
			['to_khai_dang_ky_khai_sinh', 1, 0, false],
			['giay_chung_sinh', 0, 0, false],
			['can_cuoc_cua_nguoi_di_dang', 0, 0, true]
		]);
		expect(items[1]?.note).toBe('Số bản: danh mục nhập không ghi.');
	});

	it('a one-line cell splits on semicolons; a replaceable item can be named without accents', () => {
		const items = parseDocumentsText('Đơn đề nghị; Giấy tờ tùy thân', 'giay to tuy than');
		expect(items.map((d) => d.replaceable_by_database)).toEqual([false, true]);
	});

	it('counts written after the name are read and left out of it', () => {
		const [d] = parseDocumentsText('- Tờ khai đăng ký kết hôn (Bản chính: 1, Bản sao: 2)');
		expect(d).toMatchObject({ name: 'Tờ khai đăng ký kết hôn', originals: 1, copies: 2 });
		expect(d?.note).toBeUndefined();
	});

	it('ids stay unique', () => {
		const items = parseDocumentsText('Tờ khai\nTờ khai');
		expect(items.map((d) => d.id)).toEqual(['to_khai', 'to_khai_2']);
	});
});

describe('fieldOf', () => {
	it('finds MotCua fields whatever the case and a section title prefix', () => {
		expect(fieldOf('I. LĨNH VỰC HỘ TỊCH')).toEqual({ code: 'ho_tich', name: 'Hộ tịch' });
		expect(fieldOf('chứng thực')).toEqual({ code: 'chung_thuc', name: 'Chứng thực' });
	});
	it('makes a new field from any other name', () => {
		expect(fieldOf('Nuôi con nuôi')).toEqual({ code: 'nuoi_con_nuoi', name: 'Nuôi con nuôi' });
	});
});
