import type { MessageTable } from '$lib/i18n/types';

/** The citizen's rating kiosk at the counter (issue 16). */
export const kioskMessages = {
	'kiosk.title': { vi: 'Đánh giá mức độ hài lòng', en: 'Rate our service' },
	'kiosk.question': {
		vi: 'Ông/bà có hài lòng với việc giải quyết hồ sơ {code} không?',
		en: 'Are you satisfied with how dossier {code} was handled?'
	},
	'kiosk.procedure': { vi: 'Thủ tục: {name}', en: 'Procedure: {name}' },
	'kiosk.verySatisfied': { vi: 'Rất hài lòng', en: 'Very satisfied' },
	'kiosk.satisfied': { vi: 'Hài lòng', en: 'Satisfied' },
	'kiosk.dissatisfied': { vi: 'Không hài lòng', en: 'Dissatisfied' },
	'kiosk.saving': { vi: 'Đang ghi nhận…', en: 'Saving…' },
	'kiosk.thanks': {
		vi: 'Cảm ơn ông/bà đã đánh giá. Xin mời trả máy cho cán bộ.',
		en: 'Thank you for your rating. Please hand the tablet back to the officer.'
	},
	'kiosk.already': {
		vi: 'Hồ sơ này đã được đánh giá. Cảm ơn ông/bà.',
		en: 'This dossier has already been rated. Thank you.'
	},
	'kiosk.missing': {
		vi: 'Không tìm thấy hồ sơ {code} trên thiết bị này.',
		en: 'Dossier {code} is not on this device.'
	},
	'kiosk.officer': { vi: 'Dành cho cán bộ', en: 'For the officer' },
	'kiosk.password': {
		vi: 'Mật khẩu của cán bộ {name}',
		en: 'Password of officer {name}'
	},
	'kiosk.release': { vi: 'Trở lại sổ theo dõi', en: 'Back to the book' },
	'kiosk.cancel': { vi: 'Hủy', en: 'Cancel' },
	'kiosk.wrongPassword': {
		vi: 'Mật khẩu không đúng. Màn hình vẫn dành cho công dân.',
		en: 'Wrong password. The screen stays with the citizen.'
	},
	'kiosk.noOfficer': {
		vi: 'Chưa có cán bộ nào đăng nhập trên thiết bị này (mục Đồng bộ), nên không thể khóa màn hình đánh giá.',
		en: 'No officer has signed in on this device (Sync), so the rating screen cannot be locked.'
	},
	'kiosk.open': {
		vi: 'Mời công dân đánh giá (màn hình cho công dân)',
		en: "Ask the citizen to rate (citizen's screen)"
	}
} satisfies MessageTable;
