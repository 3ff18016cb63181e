import type { MessageTable } from '$lib/i18n/types';

/** Mobile intake in villages (issue 9): the compact receipt and the day's list. */
export const mobileMessages = {
	'mobile.receiptTitle': { vi: 'Giấy hẹn (bản rút gọn)', en: 'Appointment slip (short)' },
	'mobile.appointment': { vi: 'Hẹn trả kết quả: {at}', en: 'Result due: {at}' },
	'mobile.photoHint': {
		vi: 'Người nộp có thể chụp lại màn hình này; giấy tiếp nhận (Mẫu 01) được in tại trụ sở.',
		en: 'The applicant may photograph this screen; the Form 01 receipt is printed at the office.'
	},
	'mobile.todayTitle': {
		vi: 'Nhận lưu động hôm nay: {count} hồ sơ',
		en: 'Taken on the move today: {count} dossiers'
	}
} satisfies MessageTable;
