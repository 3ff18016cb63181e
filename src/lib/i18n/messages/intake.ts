import type { MessageTable } from '$lib/i18n/types';

/** The intake screen (Tiếp nhận hồ sơ) and the receipt (Form 01). */
export const intakeMessages = {
	'intake.title': { vi: 'Tiếp nhận hồ sơ', en: 'Receive a dossier' },
	'intake.procedure': { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
	'intake.procedureHelp': {
		vi: 'Gõ tên hoặc mã thủ tục (không cần dấu), dùng mũi tên lên/xuống và Enter để chọn.',
		en: 'Type a procedure name or code (no accents needed); arrows and Enter to choose.'
	},
	'intake.noMatch': { vi: 'Không có thủ tục nào khớp.', en: 'No procedure matches.' },
	'intake.chosen': { vi: 'Đã chọn: {code} — {name}', en: 'Chosen: {code} — {name}' },
	'intake.applicant': { vi: 'Người nộp hồ sơ', en: 'Applicant' },
	'intake.kind.person': { vi: 'Cá nhân', en: 'Person' },
	'intake.kind.organisation': { vi: 'Tổ chức', en: 'Organisation' },
	'intake.name.person': { vi: 'Họ và tên', en: 'Full name' },
	'intake.name.organisation': { vi: 'Tên tổ chức', en: 'Organisation name' },
	'intake.citizenId': { vi: 'Số định danh cá nhân (12 số)', en: 'Personal ID number (12 digits)' },
	'intake.phone': { vi: 'Số điện thoại', en: 'Phone' },
	'intake.email': { vi: 'Thư điện tử (nếu có)', en: 'E-mail (optional)' },
	'intake.address': { vi: 'Địa chỉ', en: 'Address' },
	'intake.birthDate': { vi: 'Ngày sinh (nếu có)', en: 'Date of birth (optional)' },
	'intake.representative': { vi: 'Người đại diện', en: 'Representative' },
	'intake.taxCode': { vi: 'Mã số thuế', en: 'Tax code' },
	'intake.documents': { vi: 'Thành phần hồ sơ đã nhận', en: 'Documents received' },
	'intake.originals': { vi: 'Bản chính', en: 'Originals' },
	'intake.copies': { vi: 'Bản sao', en: 'Copies' },
	'intake.replaceable': {
		vi: 'Không bắt buộc nếu khai thác được từ cơ sở dữ liệu quốc gia',
		en: 'Not required when available from a national database'
	},
	'intake.optional': { vi: 'Khi có', en: 'When applicable' },
	'intake.pickProcedureFirst': {
		vi: 'Chọn thủ tục để hiện danh sách giấy tờ.',
		en: 'Choose a procedure to list its documents.'
	},
	'intake.details': { vi: 'Tiếp nhận và trả kết quả', en: 'Intake and result' },
	'intake.sets': { vi: 'Số lượng hồ sơ (bộ)', en: 'Number of sets' },
	'intake.channel': { vi: 'Hình thức nộp', en: 'How it was submitted' },
	'intake.channel.direct': { vi: 'Trực tiếp tại bộ phận một cửa', en: 'At the desk' },
	'intake.channel.post': { vi: 'Qua dịch vụ bưu chính công ích', en: 'By public post' },
	'intake.channel.mobile': {
		vi: 'Tiếp nhận lưu động tại thôn, bản',
		en: 'Mobile intake in a village'
	},
	'intake.resultDelivery': { vi: 'Đăng ký nhận kết quả tại', en: 'Result delivered' },
	'intake.delivery.desk': { vi: 'Bộ phận một cửa', en: 'At the desk' },
	'intake.delivery.post': { vi: 'Qua bưu chính', en: 'By post' },
	'intake.delivery.online': { vi: 'Trực tuyến', en: 'Online' },
	'intake.fee': { vi: 'Phí, lệ phí (đồng)', en: 'Fees (đồng)' },
	'intake.feePaid': { vi: 'Đã thu phí, lệ phí', en: 'Fee collected' },
	'intake.note': { vi: 'Ghi chú', en: 'Note' },
	'intake.appointment': { vi: 'Hẹn trả kết quả: {when}', en: 'Result due: {when}' },
	'intake.afterCutoff': {
		vi: 'Nhận sau 15 giờ: thời hạn tính từ ngày làm việc tiếp theo.',
		en: 'Received after 15:00: the time limit starts on the next working day.'
	},
	'intake.save': { vi: 'Lưu và in giấy tiếp nhận', en: 'Save and print the receipt' },
	'intake.shortcut': {
		vi: 'Phím tắt: Ctrl+Enter để lưu từ bất kỳ ô nào.',
		en: 'Shortcut: Ctrl+Enter saves from any field.'
	},
	'intake.reset': { vi: 'Làm lại', en: 'Start over' },
	'intake.draftRestored': {
		vi: 'Đã khôi phục hồ sơ đang nhập dở lúc {at}.',
		en: 'Restored the form being filled at {at}.'
	},
	'intake.errorsSummary': {
		vi: 'Chưa lưu: có {count} chỗ cần sửa (đánh dấu đỏ).',
		en: 'Not saved: {count} fields need fixing (marked red).'
	},
	'intake.noSlot': {
		vi: 'Thiết bị chưa có số khe nên chưa cấp được mã hồ sơ. Đăng nhập đồng bộ để được cấp, hoặc nhập số khe do cấp trên cấp tại trang Thiết bị.',
		en: 'This device has no slot yet, so it cannot issue dossier codes. Log in to sync to get one, or enter the slot upstream gave you on the Device page.'
	},
	'intake.noCommune': {
		vi: 'Thiết bị chưa được thiết lập xã, phường: hãy đăng nhập đồng bộ hoặc vào trang Thiết bị.',
		en: 'This device has no commune yet: log in to sync or open the Device page.'
	},
	'receipt.title': {
		vi: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
		en: 'DOSSIER RECEIPT AND APPOINTMENT SLIP'
	},
	'receipt.titleCt04': {
		vi: 'PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ (Mẫu CT04)',
		en: 'RECEIPT AND APPOINTMENT SLIP (Form CT04)'
	},
	'receipt.print': { vi: 'In giấy tiếp nhận', en: 'Print the receipt' },
	'receipt.newIntake': { vi: 'Tiếp nhận hồ sơ mới', en: 'Receive another dossier' },
	'receipt.openDossier': { vi: 'Xem hồ sơ', en: 'Open the dossier' },
	'receipt.saved': {
		vi: 'Đã lưu bền vững hồ sơ {code} trên máy.',
		en: 'Dossier {code} is safely stored on this device.'
	},
	'receipt.notFound': {
		vi: 'Không tìm thấy hồ sơ {code} trên thiết bị này.',
		en: 'Dossier {code} is not on this device.'
	},
	'receipt.unreadable': {
		vi: 'Chưa đọc được hồ sơ {code} từ kho trên máy (bộ nhớ đầy hoặc trình duyệt lỗi). Hồ sơ không mất: hãy giải phóng dung lượng rồi tải lại trang.',
		en: 'Dossier {code} cannot be read from the store on this device (storage full or a browser fault). Nothing is lost: free some space, then reload the page.'
	}
} satisfies MessageTable;
