import type { MessageTable } from '$lib/i18n/types';

/** The catalog screen (Danh mục thủ tục hành chính). */
export const catalogUiMessages = {
	'catalogPage.title': { vi: 'Danh mục thủ tục hành chính', en: 'Administrative procedures' },
	'catalogPage.search': {
		vi: 'Tìm thủ tục theo tên hoặc mã (không cần dấu)',
		en: 'Search procedures by name or code (no accents needed)'
	},
	'catalogPage.count': { vi: '{count} thủ tục', en: '{count} procedures' },
	'catalogPage.print': { vi: 'In danh mục niêm yết', en: 'Print for the notice board' },
	'catalogPage.timeLimit': { vi: 'Thời hạn giải quyết', en: 'Time limit' },
	'catalogPage.fees': { vi: 'Phí, lệ phí', en: 'Fees' },
	'catalogPage.free': { vi: 'Miễn phí, lệ phí', en: 'No fee' },
	'catalogPage.documents': { vi: 'Thành phần hồ sơ', en: 'Required documents' },
	'catalogPage.docCounts': {
		vi: '{originals} bản chính, {copies} bản sao',
		en: '{originals} original(s), {copies} copy(ies)'
	},
	'catalogPage.legal': { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
	'catalogPage.verify': {
		vi: 'Cần đối chiếu với danh mục thủ tục do tỉnh công bố: {note}',
		en: 'Check against the province’s published list: {note}'
	},
	'catalogPage.none': { vi: 'Chưa có', en: 'Not yet in the catalog' },
	'catalogPage.replaceable': {
		vi: 'không phải nộp nếu đã có trong cơ sở dữ liệu',
		en: 'not needed when the data is in a national database'
	},
	'catalogPage.source': { vi: 'Nguồn', en: 'Source' },
	'catalogPage.sourceRow': { vi: 'dòng {row} của tệp nhập', en: 'row {row} of the imported file' },
	'catalogPage.intake': { vi: 'Tiếp nhận hồ sơ thủ tục này', en: 'Receive a dossier for this' },
	'limit.same_day': { vi: 'Trong ngày', en: 'Same day' },
	'limit.working_days': { vi: '{n} ngày làm việc', en: '{n} working days' },
	'limit.days': { vi: '{n} ngày', en: '{n} days' },
	'limit.hours': { vi: '{n} giờ làm việc', en: '{n} working hours' }
} satisfies MessageTable;
