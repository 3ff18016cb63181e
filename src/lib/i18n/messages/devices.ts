import type { MessageTable } from '$lib/i18n/types';

/** Revoked devices and password changes (issue 19). */
export const devicesMessages = {
	'sync.error.revoked': {
		vi: 'Máy này đã bị cấp trên thu hồi: dữ liệu trên máy đã được xoá và máy không đồng bộ nữa.',
		en: 'Upstream revoked this device: its data was wiped and it no longer syncs.'
	},
	'revoked.title': { vi: 'Máy đã bị thu hồi', en: 'Device revoked' },
	'revoked.body': {
		vi: 'Cấp trên đã thu hồi máy này lúc {at}. Toàn bộ hồ sơ, ảnh, bản nháp và thông tin đăng nhập trên máy đã được xoá; máy đã dừng đồng bộ. Muốn dùng lại máy, hãy đăng nhập để đăng ký như một máy mới.',
		en: 'Upstream revoked this device at {at}. Every dossier, photo, draft and login on it was wiped and it stopped syncing. To use it again, log in to enrol it as a new device.'
	},
	'revoked.unsent': {
		vi: '{count} thay đổi chưa kịp gửi lên cấp trên đã bị xoá cùng máy (cấp trên không nhận dữ liệu từ máy đã thu hồi).',
		en: '{count} changes not yet sent upstream were wiped with it (upstream accepts nothing from a revoked device).'
	},
	'revoked.dismiss': { vi: 'Đã hiểu', en: 'Understood' },

	'password.title': { vi: 'Đổi mật khẩu', en: 'Change password' },
	'password.help': {
		vi: 'Mật khẩu mới dùng cho cả đồng bộ và mở khoá trên máy này. Cần có mạng để đổi.',
		en: 'The new password is used for sync and for unlocking on this device. Changing it needs the network.'
	},
	'password.current': { vi: 'Mật khẩu hiện tại', en: 'Current password' },
	'password.new': { vi: 'Mật khẩu mới', en: 'New password' },
	'password.confirm': { vi: 'Nhập lại mật khẩu mới', en: 'New password again' },
	'password.submit': { vi: 'Đổi mật khẩu', en: 'Change password' },
	'password.done': {
		vi: 'Đã đổi mật khẩu. Từ nay hãy dùng mật khẩu mới.',
		en: 'Password changed. Use the new password from now on.'
	},
	'password.needLogin': {
		vi: 'Hãy đăng nhập đồng bộ trước khi đổi mật khẩu.',
		en: 'Log in for sync before changing the password.'
	},
	'error.password_wrong': {
		vi: 'Mật khẩu hiện tại không đúng: chưa đổi gì.',
		en: 'The current password is wrong: nothing was changed.'
	},
	'error.password_short': {
		vi: 'Mật khẩu mới phải có ít nhất {min} ký tự.',
		en: 'The new password needs at least {min} characters.'
	},
	'error.password_same': {
		vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
		en: 'The new password must differ from the current one.'
	},
	'error.password_mismatch': {
		vi: 'Hai lần nhập mật khẩu mới không giống nhau.',
		en: 'The two new passwords differ.'
	},
	'error.password_offline': {
		vi: 'Không kết nối được cấp trên: cần có mạng để đổi mật khẩu. Chưa đổi gì.',
		en: 'Cannot reach upstream: changing the password needs the network. Nothing was changed.'
	},
	'error.password_refused': {
		vi: 'Máy chủ cấp trên không cho đổi mật khẩu (cấp trên chưa bật chức năng này). Hãy nhờ cấp trên đặt lại mật khẩu.',
		en: 'The upstream server refused the change (upstream has not enabled it). Ask upstream to reset the password.'
	}
} satisfies MessageTable;
