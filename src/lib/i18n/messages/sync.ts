import type { MessageTable } from '../types';

/** The sync screen and badge (src/routes/sync, src/lib/ui/sync). */
export const syncMessages = {
	'nav.sync': { vi: 'Đồng bộ', en: 'Sync' },
	'sync.title': { vi: 'Đồng bộ với cấp trên', en: 'Sync with upstream' },
	'sync.username': { vi: 'Tên đăng nhập', en: 'User name' },
	'sync.password': { vi: 'Mật khẩu', en: 'Password' },
	'sync.login': { vi: 'Đăng nhập', en: 'Log in' },
	'sync.unlock': { vi: 'Mở khoá đồng bộ', en: 'Unlock sync' },
	'sync.unlockHelp': {
		vi: 'Nhập mật khẩu của {name} để tiếp tục đồng bộ. Khi không có mạng, mật khẩu được kiểm tra ngay trên máy.',
		en: 'Enter the password of {name} to resume syncing. With no network the password is checked on this device.'
	},
	'sync.logout': { vi: 'Đăng xuất', en: 'Log out' },
	'sync.now': { vi: 'Đồng bộ ngay', en: 'Sync now' },
	'sync.loggedInAs': { vi: 'Đang đồng bộ với tài khoản {name}.', en: 'Syncing as {name}.' },
	'sync.error.bad_credentials': {
		vi: 'Sai tên đăng nhập hoặc mật khẩu.',
		en: 'Wrong user name or password.'
	},
	'sync.error.offline': {
		vi: 'Không kết nối được máy chủ cấp trên. Lần đăng nhập đầu tiên trên máy này cần có mạng.',
		en: 'Cannot reach the upstream server. The first login on this device needs the network.'
	},
	'sync.error.no_role': {
		vi: 'Tài khoản này chưa được gán cho xã, phường nào. Hãy liên hệ cấp trên.',
		en: 'This account is not assigned to any commune. Contact upstream.'
	},
	'sync.error.no_free_slot': {
		vi: 'Xã đã dùng hết 10 số khe thiết bị: chưa cấp được số khe cho máy này. Hãy liên hệ cấp trên.',
		en: 'The commune has used all 10 device slots: this device got none. Contact upstream.'
	},
	'sync.phase.off': { vi: 'Chưa đăng nhập đồng bộ', en: 'Not logged in for sync' },
	'sync.phase.locked': { vi: 'Đồng bộ đang khoá', en: 'Sync locked' },
	'sync.phase.connecting': { vi: 'Đang kết nối…', en: 'Connecting…' },
	'sync.phase.downloading': { vi: 'Đang tải dữ liệu lần đầu…', en: 'First download…' },
	'sync.phase.syncing': { vi: 'Đang đồng bộ…', en: 'Syncing…' },
	'sync.phase.idle': { vi: 'Đã đồng bộ', en: 'In sync' },
	'sync.phase.retrying': { vi: 'Mất kết nối, sẽ thử lại', en: 'Link down, will retry' },
	'sync.phase.stopped': { vi: 'Đồng bộ đã dừng', en: 'Sync stopped' },
	'sync.progress': {
		vi: 'Đã tải {done} / {total} bản ghi',
		en: 'Downloaded {done} of {total} records'
	},
	'sync.pending': {
		vi: '{count} thay đổi trên máy chưa gửi lên cấp trên',
		en: '{count} local changes not yet sent upstream'
	},
	'sync.lastSuccess': { vi: 'Đồng bộ thành công lần cuối: {at}', en: 'Last successful sync: {at}' },
	'sync.never': { vi: 'Chưa đồng bộ lần nào.', en: 'Never synced.' },
	'sync.denied': {
		vi: '{count} bản ghi bị máy chủ từ chối: vẫn được giữ trên máy, không gửi lại.',
		en: '{count} records refused by the server: kept on this device, not resent.'
	},
	'sync.problem.offline': {
		vi: 'Không có mạng hoặc không tới được máy chủ. Dữ liệu vẫn lưu trên máy; sẽ tự đồng bộ khi có mạng.',
		en: 'No network or the server is unreachable. Records are safe on this device; sync resumes by itself.'
	},
	'sync.problem.unauthorized': {
		vi: 'Phiên đăng nhập hết hạn hoặc mật khẩu đã đổi: hãy đăng nhập lại.',
		en: 'Login expired or the password changed: log in again.'
	},
	'sync.problem.forbidden': {
		vi: 'Máy chủ từ chối: tài khoản không có quyền với dữ liệu này. Hãy liên hệ cấp trên.',
		en: 'The server refused: this account has no access to these records. Contact upstream.'
	},
	'sync.problem.clock_skew': {
		vi: 'Đồng hồ máy lệch {minutes} phút so với máy chủ: hãy chỉnh lại ngày giờ của máy, nếu không giờ trên phiếu sẽ sai.',
		en: 'The device clock is {minutes} minutes off the server: fix the date and time, or receipt times will be wrong.'
	},
	'sync.problem.denied': {
		vi: 'Máy chủ từ chối {count} bản ghi.',
		en: 'The server refused {count} records.'
	},
	'sync.problem.storage_full': {
		vi: 'Bộ nhớ máy đã đầy: không nhận thêm dữ liệu được. Hãy giải phóng dung lượng.',
		en: 'Device storage is full: nothing more can be received. Free some space.'
	},
	'sync.problem.server': {
		vi: 'Máy chủ cấp trên đang lỗi (mã {status}). Sẽ tự thử lại.',
		en: 'The upstream server has an error (code {status}). Will retry.'
	}
} satisfies MessageTable;
