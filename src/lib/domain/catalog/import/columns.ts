import { foldVietnamese } from '$lib/domain/search/fold-text';

/**
 * The columns an import reads from a spreadsheet of procedures, with the headers accepted for
 * each. The headers are those of the procedure pages of the national database (Cơ sở dữ liệu
 * quốc gia về thủ tục hành chính, shown on Cổng Dịch vụ công quốc gia: "Mã thủ tục", "Số quyết
 * định", "Tên thủ tục", "Cấp thực hiện", "Lĩnh vực", "Thời hạn giải quyết", "Phí, lệ phí",
 * "Thành phần hồ sơ", "Cơ quan có thẩm quyền", "Căn cứ pháp lý") and of the lists provinces
 * publish with their decisions. The exact header row of the database's own export was not seen,
 * so matching is tolerant: accents, case, punctuation and a trailing "(…)" do not matter.
 */
export const IMPORT_COLUMNS = {
	code: ['Mã thủ tục', 'Mã TTHC', 'Mã số TTHC', 'Mã số thủ tục', 'Mã thủ tục hành chính', 'Mã số'],
	name: ['Tên thủ tục', 'Tên TTHC', 'Tên thủ tục hành chính'],
	field: ['Lĩnh vực', 'Tên lĩnh vực'],
	level: ['Cấp thực hiện', 'Cấp giải quyết'],
	time_limit: ['Thời hạn giải quyết', 'Thời gian giải quyết', 'Thời hạn'],
	fees: ['Phí, lệ phí', 'Phí lệ phí', 'Lệ phí', 'Phí', 'Mức thu phí, lệ phí'],
	documents: ['Thành phần hồ sơ', 'Thành phần, số lượng hồ sơ', 'Hồ sơ'],
	replaceable: [
		'Giấy tờ thay bằng dữ liệu',
		'Giấy tờ được thay thế bằng dữ liệu',
		'Giấy tờ khai thác từ cơ sở dữ liệu',
		'Tái sử dụng dữ liệu'
	],
	legal_basis: ['Căn cứ pháp lý'],
	decision: ['Quyết định công bố', 'Số quyết định', 'Quyết định'],
	authority: ['Cơ quan có thẩm quyền', 'Cơ quan có thẩm quyền quyết định', 'Cơ quan thực hiện'],
	/** The address of the text a row was taken from, when rows come from different texts. */
	source_url: ['Nguồn', 'Địa chỉ nguồn', 'URL']
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;

/** The columns without which a row cannot become a catalog entry. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['code', 'name', 'time_limit'];

/** A header as compared: folded, without a trailing "(…)", punctuation as spaces. */
export function headerKey(header: string): string {
	return foldVietnamese(header.replace(/\([^)]*\)\s*$/u, ''))
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const BY_KEY = new Map<string, ImportColumn>(
	(Object.entries(IMPORT_COLUMNS) as [ImportColumn, readonly string[]][]).flatMap(
		([column, names]) => names.map((n) => [headerKey(n), column] as const)
	)
);

/** The column a header names, if any. */
export function columnOf(header: string): ImportColumn | undefined {
	return BY_KEY.get(headerKey(header));
}

export interface HeaderMap {
	/** The cell index of each recognised column (the first one when a header repeats). */
	readonly index: Partial<Record<ImportColumn, number>>;
	/** Headers that name no column (kept for the report). */
	readonly ignored: readonly string[];
	readonly missing: readonly ImportColumn[];
}

/** Maps a header row to the import's columns. */
export function mapHeader(cells: readonly string[]): HeaderMap {
	const index: Partial<Record<ImportColumn, number>> = {};
	const ignored: string[] = [];
	cells.forEach((cell, i) => {
		if (cell.trim() === '') return;
		const column = columnOf(cell);
		if (column === undefined) ignored.push(cell.trim());
		else if (index[column] === undefined) index[column] = i;
	});
	const missing = REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
	return { index, ignored, missing };
}
