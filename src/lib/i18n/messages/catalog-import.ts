import type { MessageTable } from '$lib/i18n/types';

/**
 * Messages of the catalog import (`npm run catalog:import`, src/lib/domain/catalog/import):
 * what the upstream office reads when a row of its province's list is refused.
 */
export const catalogImportMessages = {
	'error.import_no_header': {
		vi: 'Không tìm thấy dòng tiêu đề trong 15 dòng đầu của tệp: cần các cột {columns}.',
		en: 'No header row in the first 15 rows of the file: it needs the columns {columns}.'
	},
	'error.import_not_commune': {
		vi: '{field}: “{level}” không phải cấp xã; danh mục của MotCua chỉ gồm thủ tục cấp xã.',
		en: '{field}: “{level}” is not the commune level; the MotCua catalog holds commune procedures only.'
	},
	'error.import_time_limit': {
		vi: '{field}: không đọc được “{text}”; ghi như “03 ngày làm việc”, “10 ngày” hoặc “Trong ngày”.',
		en: '{field}: cannot read “{text}”; write it as “03 ngày làm việc”, “10 ngày” or “Trong ngày”.'
	},
	'error.import_decision': {
		vi: '{field}: dòng không có cột “Quyết định công bố” và lệnh nhập không có --decision.',
		en: '{field}: the row has no “Quyết định công bố” and the import was given no --decision.'
	},
	'error.import_duplicate': {
		vi: 'Mã thủ tục trùng với dòng {row}; giữ dòng {row}, bỏ dòng này.',
		en: 'Procedure code already on row {row}; row {row} is kept, this one is skipped.'
	},
	'field.decision': { vi: 'Quyết định công bố', en: 'Publishing decision' },
	'field.source': { vi: 'Nguồn của thủ tục', en: 'Source of the entry' },
	'field.source.decision': { vi: 'Quyết định công bố', en: 'Publishing decision' },
	'field.source.url': { vi: 'Địa chỉ văn bản nguồn', en: 'Address of the source text' },
	'field.source.province': { vi: 'Tỉnh công bố', en: 'Publishing province' },
	'field.source.file': { vi: 'Tệp đã nhập', en: 'Imported file' },
	'field.source.row': { vi: 'Dòng trong tệp nhập', en: 'Row of the imported file' },
	'catalogImport.requiredColumns': {
		vi: '“Mã thủ tục”, “Tên thủ tục”, “Thời hạn giải quyết”',
		en: '“Mã thủ tục”, “Tên thủ tục”, “Thời hạn giải quyết”'
	},
	'catalogImport.noField': { vi: 'Chưa có lĩnh vực', en: 'No field given' },
	'catalogImport.defaultAuthority': { vi: 'UBND xã', en: 'UBND xã' },
	'catalogImport.countsMissing': {
		vi: 'Số bản: danh mục nhập không ghi.',
		en: 'Number of copies: not stated in the imported list.'
	},
	'catalogImport.confidenceNote': {
		vi: 'Nhập từ danh mục đã công bố ({decision}), {where}. Mục nào nguồn không ghi thì để “chưa có”.',
		en: 'Imported from a published list ({decision}), {where}. What the source leaves out shows as “not yet in the catalog”.'
	},
	'catalogImport.where': { vi: 'tệp {file}, dòng {row}', en: 'file {file}, row {row}' },
	'catalogImport.whereUrl': { vi: 'văn bản tại {url}', en: 'text at {url}' }
} satisfies MessageTable;
