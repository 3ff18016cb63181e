import type { MessageTable } from '$lib/i18n/types';

/** The public status lookup from the receipt's QR, and the officer's scanned receipts (issue 16). */
export const statusLookupMessages = {
	'lookup.title': { vi: 'Tra cứu tình trạng hồ sơ', en: 'Dossier status lookup' },
	'lookup.intro': {
		vi: 'Quét mã QR trên giấy tiếp nhận, hoặc nhập mã tra cứu in trên giấy (ví dụ 99901-K7M2-Q9XP-A3BW-E4NR).',
		en: 'Scan the QR code on the receipt, or type the lookup code printed on it (e.g. 99901-K7M2-Q9XP-A3BW-E4NR).'
	},
	'lookup.field': { vi: 'Mã tra cứu', en: 'Lookup code' },
	'lookup.submit': { vi: 'Tra cứu', en: 'Look up' },
	'lookup.retry': { vi: 'Thử lại', en: 'Try again' },
	'lookup.another': { vi: 'Tra cứu hồ sơ khác', en: 'Look up another dossier' },
	'lookup.loading': { vi: 'Đang hỏi máy chủ…', en: 'Asking the server…' },
	'lookup.privacy': {
		vi: 'Trang này không hiển thị thông tin cá nhân của người nộp hồ sơ.',
		en: "This page shows none of the applicant's personal details."
	},
	'error.lookup_code': {
		vi: 'Mã tra cứu gồm mã xã (5 chữ số) và 16 ký tự in trên giấy tiếp nhận, ví dụ 99901-K7M2-Q9XP-A3BW-E4NR.',
		en: 'A lookup code is the commune code (5 digits) and the 16 characters printed on the receipt, e.g. 99901-K7M2-Q9XP-A3BW-E4NR.'
	},
	'lookup.offline': {
		vi: 'Máy đang mất mạng nên chưa tra cứu được. Hãy bật mạng (Wi-Fi hoặc dữ liệu di động) rồi bấm Thử lại.',
		en: 'This device is offline, so the lookup cannot run. Turn on Wi-Fi or mobile data and press Try again.'
	},
	'lookup.notFound': {
		vi: 'Không tìm thấy hồ sơ với mã này. Hãy kiểm tra lại mã; hồ sơ vừa nộp có thể chưa được đồng bộ lên, xin thử lại sau.',
		en: 'No dossier has this code. Check the code; a dossier just received may not be synced yet, try again later.'
	},
	'lookup.unavailable': {
		vi: 'Máy chủ chưa trả lời được lúc này. Xin thử lại sau ít phút.',
		en: 'The server cannot answer right now. Please try again in a few minutes.'
	},
	'lookup.badData': {
		vi: 'Máy chủ trả về dữ liệu không đọc được. Xin thử lại sau hoặc hỏi tại bộ phận một cửa.',
		en: 'The server sent data that cannot be read. Try again later or ask at the one-stop desk.'
	},
	'lookup.code': { vi: 'Mã hồ sơ', en: 'Dossier code' },
	'lookup.procedure': { vi: 'Thủ tục', en: 'Procedure' },
	'lookup.status': { vi: 'Tình trạng', en: 'Status' },
	'lookup.appointment': { vi: 'Ngày hẹn trả kết quả', en: 'Appointment for the result' },
	'lookup.supplement': { vi: 'Bổ sung giấy tờ', en: 'Supplement' },
	'lookup.supplementNeeded': {
		vi: 'Cần bổ sung giấy tờ. Mời ông/bà mang giấy tờ bổ sung đến nơi tiếp nhận dưới đây.',
		en: 'More papers are needed. Please bring them to the office below.'
	},
	'lookup.supplementNone': { vi: 'Không cần bổ sung', en: 'Nothing to supplement' },
	'lookup.where': { vi: 'Nơi đến', en: 'Where to come' },
	'lookup.updated': { vi: 'Cập nhật lần cuối', en: 'Last updated' },
	'lookup.readyHint': {
		vi: 'Đã có kết quả: mời ông/bà đến nhận tại nơi tiếp nhận.',
		en: 'The result is ready: please collect it at the office.'
	},
	'book.scan': { vi: 'Quét mã QR', en: 'Scan QR code' },
	'book.scanClose': { vi: 'Đóng máy ảnh', en: 'Close camera' },
	'book.scanHint': {
		vi: 'Đưa mã QR trên giấy tiếp nhận vào khung hình.',
		en: 'Hold the QR code of the receipt in the frame.'
	},
	'book.scanUnknown': {
		vi: 'Mã QR này là của một hồ sơ chưa có trên máy. Hãy đồng bộ rồi quét lại.',
		en: 'This QR code belongs to a dossier not on this device. Sync, then scan again.'
	},
	'book.scanCamera': {
		vi: 'Không mở được máy ảnh. Hãy cho phép dùng máy ảnh, hoặc gõ mã hồ sơ.',
		en: 'The camera could not be opened. Allow the camera, or type the dossier code.'
	},
	'receipt.lookupCode': { vi: 'Mã tra cứu', en: 'Lookup code' },
	'receipt.lookupHint': {
		vi: 'Quét mã QR hoặc mở địa chỉ sau để xem tình trạng hồ sơ: ',
		en: 'Scan the QR code or open this address to see the status: '
	}
} satisfies MessageTable;
