import type { MessageTable } from '$lib/i18n/types';

/** The locked screen and encryption at rest (issue 19). */
export const lockMessages = {
	'sync.error.wait': {
		vi: 'Nhập sai quá nhiều lần. Vui lòng chờ {time} rồi thử lại.',
		en: 'Too many wrong tries. Please wait {time} and try again.'
	},
	'lock.title': { vi: 'Máy đang khoá', en: 'Device locked' },
	'lock.help': {
		vi: 'Dữ liệu cá nhân trên máy được mã hoá. Nhập mật khẩu của {name} hoặc mã PIN trong ngày để mở khoá. Không cần mạng.',
		en: 'Personal data on this device is encrypted. Enter the password of {name} or the PIN of the day to unlock. No network needed.'
	},
	'lock.password': { vi: 'Mật khẩu', en: 'Password' },
	'lock.pin': { vi: 'Mã PIN trong ngày (6 chữ số)', en: 'PIN of the day (6 digits)' },
	'lock.unlock': { vi: 'Mở khoá', en: 'Unlock' },
	'lock.usePin': { vi: 'Mở bằng mã PIN', en: 'Unlock with PIN' },
	'lock.usePassword': { vi: 'Mở bằng mật khẩu', en: 'Unlock with password' },
	'lock.badPassword': { vi: 'Mật khẩu không đúng.', en: 'Wrong password.' },
	'lock.badPin': { vi: 'Mã PIN không đúng.', en: 'Wrong PIN.' },
	'lock.noPin': {
		vi: 'Chưa có mã PIN cho hôm nay. Hãy mở bằng mật khẩu.',
		en: 'No PIN for today. Unlock with the password.'
	},
	'lock.pinFormat': { vi: 'Mã PIN gồm đúng 6 chữ số.', en: 'The PIN is exactly 6 digits.' },
	'lock.lockNow': { vi: 'Khoá máy', en: 'Lock' },
	'lock.setPin.title': { vi: 'Đặt mã PIN cho hôm nay?', en: 'Set a PIN for today?' },
	'lock.setPin.help': {
		vi: 'Mã PIN 6 chữ số mở khoá máy đến hết ngày hôm nay, thay cho mật khẩu.',
		en: 'A 6-digit PIN unlocks the device until the end of today, instead of the password.'
	},
	'lock.setPin.save': { vi: 'Đặt mã PIN', en: 'Set PIN' },
	'lock.setPin.skip': { vi: 'Bỏ qua', en: 'Skip' },
	'lock.setPin.done': {
		vi: 'Đã đặt mã PIN đến hết hôm nay.',
		en: 'PIN set until the end of today.'
	},
	'lock.wait.seconds': { vi: '{n} giây', en: '{n} seconds' },
	'lock.wait.minutes': { vi: '{n} phút', en: '{n} minutes' },
	'lock.idle.label': { vi: 'Tự khoá máy sau (phút không dùng)', en: 'Lock after (idle minutes)' },
	'lock.idle.help': {
		vi: 'Khi không dùng trong thời gian này, máy tự khoá và ẩn mọi thông tin cá nhân. Từ 1 đến 120 phút.',
		en: 'After this idle time the device locks and hides every personal field. 1 to 120 minutes.'
	},
	'lock.idle.invalid': {
		vi: 'Thời gian tự khoá phải là số phút từ 1 đến 120.',
		en: 'The idle lock must be 1 to 120 minutes.'
	},
	'lock.idle.save': { vi: 'Lưu thời gian tự khoá', en: 'Save idle lock' },
	'lock.idle.saved': { vi: 'Đã lưu thời gian tự khoá.', en: 'Idle lock saved.' }
} satisfies MessageTable;
