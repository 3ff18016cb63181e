import type { MessageTable } from '$lib/i18n/types';

/** Messages of the storage and write path (src/lib/db, src/lib/app). */
export const appMessages = {
	'field.commune_code': { vi: 'Xã, phường', en: 'Commune' },
	'error.dossier_not_found': {
		vi: 'Không tìm thấy hồ sơ {code} trên thiết bị này.',
		en: 'Dossier {code} is not on this device.'
	},
	'storage.quota': {
		vi: 'Bộ nhớ của trình duyệt đã đầy: chưa lưu được. Hãy đồng bộ rồi giải phóng ảnh cũ, hoặc xoá bớt dữ liệu trình duyệt không cần thiết. Dữ liệu đã lưu không bị ảnh hưởng.',
		en: 'Browser storage is full: nothing was saved. Sync, then free old photos or other browser data. Saved records are not affected.'
	},
	'storage.start.quota': {
		vi: 'Bộ nhớ của máy đã đầy: MotCua vẫn mở sổ theo dõi và báo cáo, nhưng chưa ghi được hồ sơ mới. Hãy đồng bộ, giải phóng ảnh cũ hoặc dung lượng ổ đĩa, rồi tải lại trang.',
		en: 'The device storage is full: MotCua still opens the book and the reports, but cannot save new records. Sync, free old photos or disk space, then reload the page.'
	},
	'storage.start.unavailable': {
		vi: 'Không mở được kho hồ sơ trên máy để ghi: MotCua vẫn mở sổ theo dõi và báo cáo. Hãy tải lại trang; nếu vẫn báo lỗi, nhờ cán bộ kỹ thuật kiểm tra trình duyệt.',
		en: 'The record store on this device could not be opened for writing: MotCua still opens the book and the reports. Reload the page; if this stays, ask IT support to check the browser.'
	},
	'storage.unavailable': {
		vi: 'Không ghi được vào bộ nhớ của trình duyệt: chưa lưu được. Hãy tải lại trang và thử lại.',
		en: 'Could not write to browser storage: nothing was saved. Reload the page and try again.'
	}
} satisfies MessageTable;
