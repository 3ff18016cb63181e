import type { MessageTable } from '$lib/i18n/types';

/** The offline shell: connection and storage indicator, the new-version prompt. */
export const pwaMessages = {
	'pwa.status.label': { vi: 'Kết nối và bộ nhớ', en: 'Connection and storage' },
	'pwa.online': { vi: 'Có mạng', en: 'Online' },
	'pwa.offline': { vi: 'Không có mạng', en: 'Offline' },
	'pwa.online.hint': {
		vi: 'Đang có mạng: dữ liệu sẽ được đồng bộ với cấp trên.',
		en: 'Online: records will sync with upstream.'
	},
	'pwa.offline.hint': {
		vi: 'Vẫn làm việc bình thường: dữ liệu được lưu trên máy này và tự đồng bộ khi có mạng trở lại.',
		en: 'Keep working: records are kept on this device and sync by themselves when the network returns.'
	},
	'pwa.storage.usage': {
		vi: 'Bộ nhớ trên máy: đã dùng {used} trên {quota} ({percent}%).',
		en: 'Device storage: {used} of {quota} used ({percent}%).'
	},
	'pwa.storage.nearlyFull': {
		vi: 'Bộ nhớ sắp đầy ({percent}%)',
		en: 'Storage nearly full ({percent}%)'
	},
	'pwa.storage.nearlyFull.hint': {
		vi: 'Đã dùng {used} trên {quota}. Hãy đồng bộ với cấp trên, sao lưu, rồi nhờ cán bộ kỹ thuật giải phóng dung lượng ổ đĩa trước khi tiếp nhận thêm hồ sơ.',
		en: '{used} of {quota} used. Sync with upstream, make a backup, then ask IT support to free disk space before taking more dossiers.'
	},
	'pwa.storage.notPersisted': {
		vi: 'Trình duyệt chưa cam kết giữ dữ liệu khi ổ đĩa đầy: nên cài MotCua như một ứng dụng.',
		en: 'The browser has not promised to keep the data when the disk fills up: install MotCua as an app.'
	},
	'pwa.shell.ready': {
		vi: 'Ứng dụng đã được lưu trên máy: mở được cả khi không có mạng.',
		en: 'The app is stored on this device: it opens with no network.'
	},
	'pwa.shell.readyChip': { vi: 'Dùng được khi mất mạng', en: 'Works offline' },
	'pwa.shell.failed': { vi: 'Chưa dùng được khi mất mạng', en: 'Not ready for offline use' },
	'pwa.shell.failed.hint': {
		vi: 'Chưa lưu được ứng dụng vào máy. Hãy tải lại trang khi có mạng; nếu vẫn báo như vậy, nhờ cán bộ kỹ thuật kiểm tra trình duyệt.',
		en: 'The app could not be stored on this device. Reload while online; if this stays, ask IT support to check the browser.'
	},
	'pwa.update.title': { vi: 'Có phiên bản mới', en: 'A new version is available' },
	'pwa.update.body': {
		vi: 'Bản mới đã tải xong và dùng được cả khi không có mạng. Hãy cập nhật khi bạn xong việc đang làm.',
		en: 'The new version is downloaded and works offline too. Update when you have finished what you are doing.'
	},
	'pwa.update.busy': {
		vi: 'Bạn đang nhập dở: bản nháp đã được lưu trên máy và sẽ hiện lại sau khi cập nhật.',
		en: 'You have unsaved input: the draft is kept on this device and comes back after the update.'
	},
	'pwa.update.elsewhere': {
		vi: 'Phiên bản mới đã được bật ở một cửa sổ khác. Hãy tải lại trang này khi xong việc.',
		en: 'The new version was turned on in another window. Reload this page when you are done.'
	},
	'pwa.update.accept': { vi: 'Cập nhật ngay', en: 'Update now' },
	'pwa.update.later': { vi: 'Để sau', en: 'Later' },
	'pwa.update.applying': { vi: 'Đang cập nhật…', en: 'Updating…' },
	'pwa.update.reopen': { vi: 'Có phiên bản mới', en: 'New version' }
} satisfies MessageTable;
