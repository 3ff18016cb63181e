import type { ImportContext } from '$lib/domain/catalog/import';

/** The header row of a province's list as the national database labels its fields. */
export const LIST_HEADER = [
	'STT',
	'Mã thủ tục',
	'Tên thủ tục',
	'Lĩnh vực',
	'Cấp thực hiện',
	'Thời hạn giải quyết',
	'Phí, lệ phí',
	'Thành phần hồ sơ',
	'Giấy tờ thay bằng dữ liệu',
	'Căn cứ pháp lý',
	'Quyết định công bố'
] as const;

export type ListRow = Partial<Record<(typeof LIST_HEADER)[number], string | number>>;

/** One data row of the list, with Vietnamese defaults (birth registration, same day, free). */
export function listRow(overrides: ListRow = {}): ListRow {
	return {
		STT: 1,
		'Mã thủ tục': '1.001193',
		'Tên thủ tục': 'Đăng ký khai sinh',
		'Lĩnh vực': 'Hộ tịch',
		'Cấp thực hiện': 'Cấp Xã',
		'Thời hạn giải quyết': 'Ngay trong ngày tiếp nhận hồ sơ',
		'Phí, lệ phí': 'Miễn lệ phí',
		'Thành phần hồ sơ': '- Tờ khai đăng ký khai sinh\n- Giấy chứng sinh',
		'Căn cứ pháp lý': 'Luật Hộ tịch số 60/2014/QH13',
		'Quyết định công bố': 'Quyết định số 1/QĐ-UBND (thử)',
		...overrides
	};
}

/** A sheet: the header row then the rows, cells in header order (missing cells empty). */
export function listSheet(
	rows: readonly ListRow[],
	header: readonly string[] = LIST_HEADER
): (string | number | undefined)[][] {
	return [
		[...header],
		...rows.map((r) => header.map((h) => (r as Record<string, string | number | undefined>)[h]))
	];
}

export function importContext(overrides: Partial<ImportContext> = {}): ImportContext {
	return { province: '11', file: 'danh-muc.xlsx', effectiveFrom: '2025-07-01', ...overrides };
}
