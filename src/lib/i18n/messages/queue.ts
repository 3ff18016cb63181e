import type { MessageTable } from '$lib/i18n/types';

/** The queue of the one-stop room (issue 16): ticket screen, counter, display, report. */
export const queueMessages = {
	'nav.queue': { vi: 'Số thứ tự', en: 'Queue' },
	'queue.group.ho_tich': { vi: 'Hộ tịch', en: 'Civil status' },
	'queue.group.chung_thuc': { vi: 'Chứng thực', en: 'Certification' },
	'queue.group.dat_dai': { vi: 'Đất đai', en: 'Land' },
	'queue.group.khac': { vi: 'Lĩnh vực khác', en: 'Other matters' },
	'queue.links': { vi: 'Các màn hình số thứ tự', en: 'Queue screens' },
	'queue.link.ticket': { vi: 'Lấy số', en: 'Take a number' },
	'queue.link.counter': { vi: 'Quầy gọi số', en: 'Counter' },
	'queue.link.display': { vi: 'Màn hình gọi số', en: 'Call display' },
	'queue.link.report': { vi: 'Thống kê hàng đợi', en: 'Queue report' },
	'queue.noCommune': {
		vi: 'Thiết bị chưa thuộc xã nào: vào mục Thiết bị để thiết lập trước khi cấp số.',
		en: 'This device belongs to no commune yet: set it up under Device first.'
	},
	'queue.noSlot': {
		vi: 'Thiết bị chưa có khe đánh số: cấp trên cần cấp khe trước khi máy này cấp số thứ tự.',
		en: 'This device has no numbering slot yet: upstream must give one before it issues numbers.'
	},
	'queue.failed': {
		vi: 'Chưa lưu được trên máy này: {reason}',
		en: 'Could not be saved on this device: {reason}'
	},

	'queue.ticket.title': { vi: 'Lấy số thứ tự', en: 'Take a queue number' },
	'queue.ticket.intro': {
		vi: 'Chọn lĩnh vực ông/bà cần giải quyết, rồi chờ được mời lên quầy.',
		en: 'Choose the matter you came for, then wait to be called to a counter.'
	},
	'queue.ticket.waiting': { vi: 'Đang chờ: {count}', en: 'Waiting: {count}' },
	'queue.ticket.yours': { vi: 'Số thứ tự của ông/bà', en: 'Your number' },
	'queue.ticket.group': { vi: 'Lĩnh vực: {group}', en: 'Matter: {group}' },
	'queue.ticket.taken': { vi: 'Lấy lúc {time} ngày {date}', en: 'Taken at {time} on {date}' },
	'queue.ticket.ahead': {
		vi: 'Trước ông/bà còn {count} người chờ.',
		en: '{count} people are waiting before you.'
	},
	'queue.ticket.hint': {
		vi: 'Xin chờ gọi số trên màn hình. Có thể chụp lại số này.',
		en: 'Please wait for your number on the screen. You may photograph it.'
	},
	'queue.ticket.office': { vi: 'Bộ phận một cửa', en: 'One-stop office' },
	'queue.ticket.print': { vi: 'In phiếu', en: 'Print the ticket' },
	'queue.ticket.paper': { vi: 'Khổ giấy máy in phiếu', en: 'Receipt paper width' },
	'queue.ticket.paper58': { vi: '58 mm', en: '58 mm' },
	'queue.ticket.paper80': { vi: '80 mm', en: '80 mm' },
	'queue.ticket.done': { vi: 'Xong, lấy số mới', en: 'Done, next number' },

	'queue.counter.title': { vi: 'Quầy gọi số', en: 'Counter' },
	'queue.counter.number': { vi: 'Số quầy', en: 'Counter number' },
	'queue.counter.groups': { vi: 'Lĩnh vực quầy phục vụ', en: 'Matters this counter serves' },
	'queue.counter.call': { vi: 'Gọi số tiếp theo', en: 'Call the next number' },
	'queue.counter.recall': { vi: 'Gọi lại', en: 'Call again' },
	'queue.counter.served': { vi: 'Đã xong', en: 'Served' },
	'queue.counter.noShow': { vi: 'Vắng mặt', en: 'Did not come' },
	'queue.counter.intake': {
		vi: 'Tiếp nhận hồ sơ cho số này',
		en: 'Receive a dossier for this number'
	},
	'queue.counter.current': { vi: 'Quầy {counter} đang phục vụ', en: 'Counter {counter} serves' },
	'queue.counter.none': {
		vi: 'Quầy chưa gọi số nào. Bấm "Gọi số tiếp theo".',
		en: 'No number called yet. Press "Call the next number".'
	},
	'queue.counter.waiting': {
		vi: 'Đang chờ ở các lĩnh vực của quầy: {count}',
		en: 'Waiting for this counter: {count}'
	},
	'queue.counter.raced': {
		vi: 'Số {asked} đã được quầy khác gọi trước; quầy này nhận số {label}.',
		en: 'Number {asked} was called first by another counter; this counter takes {label}.'
	},
	'queue.counter.done': { vi: 'Đã ghi: {what}.', en: 'Recorded: {what}.' },

	'queue.display.title': { vi: 'Màn hình gọi số', en: 'Call display' },
	'queue.display.invite': { vi: 'Mời số', en: 'Now serving' },
	'queue.display.toCounter': { vi: 'Quầy {counter}', en: 'Counter {counter}' },
	'queue.display.recent': { vi: 'Các số vừa gọi', en: 'Recent calls' },
	'queue.display.empty': { vi: 'Hôm nay chưa gọi số nào.', en: 'No number called today.' },
	'queue.display.fullscreen': { vi: 'Toàn màn hình', en: 'Full screen' },
	'queue.display.voiceOn': { vi: 'Bật đọc số', en: 'Read numbers aloud' },
	'queue.display.voiceOff': { vi: 'Tắt đọc số', en: 'Stop reading aloud' },
	'queue.display.noVoice': {
		vi: 'Máy này không có giọng đọc tiếng Việt: số chỉ hiện trên màn hình.',
		en: 'This device has no Vietnamese voice: numbers are shown only.'
	},
	'queue.display.speech': {
		vi: 'Mời công dân có số {number} đến quầy số {counter}',
		en: 'Number {number}, please go to counter {counter}'
	},

	'queue.report.title': { vi: 'Thống kê hàng đợi', en: 'Queue report' },
	'queue.report.from': { vi: 'Từ ngày', en: 'From' },
	'queue.report.to': { vi: 'Đến ngày', en: 'To' },
	'queue.report.summary': { vi: 'Tổng hợp', en: 'Summary' },
	'queue.report.taken': { vi: 'Số phiếu đã cấp', en: 'Tickets taken' },
	'queue.report.called': { vi: 'Đã gọi', en: 'Called' },
	'queue.report.served': { vi: 'Đã phục vụ', en: 'Served' },
	'queue.report.noShow': { vi: 'Vắng mặt', en: 'No-show' },
	'queue.report.waiting': { vi: 'Còn chờ', en: 'Still waiting' },
	'queue.report.avgWait': { vi: 'Thời gian chờ trung bình', en: 'Average wait' },
	'queue.report.avgService': { vi: 'Thời gian phục vụ trung bình', en: 'Average service time' },
	'queue.report.minutes': { vi: '{value} phút', en: '{value} min' },
	'queue.report.none': { vi: 'chưa có', en: 'none yet' },
	'queue.report.byCounter': { vi: 'Theo quầy', en: 'By counter' },
	'queue.report.byHour': { vi: 'Theo giờ lấy số', en: 'By hour the ticket was taken' },
	'queue.report.counter': { vi: 'Quầy', en: 'Counter' },
	'queue.report.hour': { vi: 'Khung giờ', en: 'Hour' },
	'queue.report.hourRange': { vi: '{from}:00–{to}:00', en: '{from}:00–{to}:00' },
	'queue.report.races': {
		vi: 'Số lần hai quầy cùng gọi một số (quầy gọi sau nhận số kế tiếp): {count}',
		en: 'Times two counters called one number (the later one took the next): {count}'
	},
	'queue.report.method': {
		vi: 'Thời gian chờ tính từ lúc lấy số đến lúc được gọi; thời gian phục vụ từ lúc được gọi đến lúc quầy bấm "Đã xong" (hoặc gọi số tiếp theo).',
		en: 'The wait runs from taking the number to being called; service time from the call to "Served" (or the next call).'
	},
	'queue.report.empty': {
		vi: 'Không có phiếu nào trong khoảng ngày này.',
		en: 'No tickets in these days.'
	},

	'queue.intake.fromTicket': {
		vi: 'Tiếp nhận cho số {label}, lĩnh vực {group}: danh sách thủ tục chỉ gồm lĩnh vực này.',
		en: 'Receiving for number {label}, {group}: the procedure list holds this matter only.'
	},
	'queue.intake.showAll': { vi: 'Hiện mọi thủ tục', en: 'Show every procedure' },

	'field.counter': { vi: 'Số quầy', en: 'Counter number' },
	'field.groups': { vi: 'Lĩnh vực quầy phục vụ', en: 'Matters served' },
	'field.group': { vi: 'Lĩnh vực', en: 'Matter' },
	'field.number': { vi: 'Số thứ tự', en: 'Queue number' },
	'error.queue_empty': {
		vi: '{field}: không còn ai chờ ở các lĩnh vực quầy này phục vụ.',
		en: '{field}: nobody waits for the matters this counter serves.'
	},
	'error.queue_nothing_held': {
		vi: 'Quầy {counter} chưa gọi số nào đang chờ phục vụ.',
		en: 'Counter {counter} holds no called number.'
	},
	'error.queue_exhausted': {
		vi: '{field}: thiết bị này đã cấp hết số trong ngày (đến số {last}).',
		en: '{field}: this device has issued every number of its range today (up to {last}).'
	},
	'error.queue_other_day': {
		vi: 'Đã sang ngày mới: hàng đợi ngày {date} đã đóng, hãy tải lại trang.',
		en: 'A new day has begun: the queue of {date} is closed, reload the page.'
	}
} satisfies MessageTable;
