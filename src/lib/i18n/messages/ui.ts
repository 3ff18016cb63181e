import type { MessageTable } from '../types';

/** Labels of the screens. */
export const uiMessages = {
	'home.title': { vi: 'Bộ phận một cửa', en: 'One-stop office' },
	'home.catalogCount': {
		vi: 'Danh mục có {count} thủ tục hành chính',
		en: 'The catalog holds {count} administrative procedures'
	},
	'home.calendarYears': {
		vi: 'Lịch làm việc đã có cho các năm: {years}',
		en: 'Working calendars available for: {years}'
	},
	'home.noCalendar': {
		vi: 'Chưa có lịch làm việc năm {year}: ngày hẹn trả có thể sai. Hãy đồng bộ với cấp trên.',
		en: 'No working calendar for {year}: appointment dates may be wrong. Sync with upstream.'
	},
	'nav.language': { vi: 'English', en: 'Tiếng Việt' }
} satisfies MessageTable;
