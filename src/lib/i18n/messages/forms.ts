import type { MessageTable } from '$lib/i18n/types';

/**
 * Printed forms 05 (stop notice, new in TT 03/2025) and 06 (processing-control slip, Form 05 of
 * TT 01/2018), DOMAIN.md 2.5 and 2.6, plus the words every printed form shares (dates, signature
 * blocks, distribution list). Vietnamese first, as printed on the office's paper.
 */
export const formsMessages = {
	'form.date': { vi: 'ngày {day} tháng {month} năm {year}', en: '{day}/{month}/{year}' },
	'form.dateTime': {
		vi: '{hour} giờ {minute} phút, ngày {day} tháng {month} năm {year}',
		en: '{hour}:{minute}, {day}/{month}/{year}'
	},
	'form.recipients': { vi: 'Nơi nhận:', en: 'Distribution:' },
	'form.recipientsAbove': { vi: '- Như trên;', en: '- As above;' },
	'form.recipientsArchive': { vi: '- Lưu: VT.', en: '- Archive.' },
	'form.head': { vi: 'THỦ TRƯỞNG CƠ QUAN', en: 'HEAD OF AGENCY' },
	'form.signSeal': {
		vi: '(Ký, ghi rõ họ tên và đóng dấu)',
		en: '(Signature, full name and seal)'
	},
	'form.preparedBy': { vi: 'Người lập: {name}', en: 'Prepared by: {name}' },
	'form.deskName': {
		vi: 'Bộ phận tiếp nhận và trả kết quả',
		en: 'One-stop reception and result desk'
	},
	'form.agencyFallback': { vi: 'Cơ quan', en: 'The agency' },
	'form.unnumbered': { vi: '....../TB', en: '....../TB' },

	// Form 05 (TT 03/2025): the request to stop, the stage reached, the decision, the fees paid.
	'form05.title': {
		vi: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
		en: 'NOTICE THAT PROCESSING HAS STOPPED'
	},
	'form05.to': { vi: 'Kính gửi: {name}', en: 'To: {name}' },
	'form05.received': {
		vi: 'Ngày {day} tháng {month} năm {year}, {agency} tiếp nhận hồ sơ đề nghị {procedure}; Mã hồ sơ: {code}.',
		en: 'On {day}/{month}/{year}, {agency} received the dossier for {procedure}; dossier code: {code}.'
	},
	'form05.request': {
		vi: 'Ngày {day} tháng {month} năm {year}, Ông/Bà đề nghị dừng giải quyết hồ sơ. Lý do: {reason}',
		en: 'On {day}/{month}/{year}, you asked for the processing of the dossier to stop. Reason: {reason}'
	},
	'form05.stage': {
		vi: 'Hồ sơ đang ở bước: {stage}; chưa có kết quả giải quyết.',
		en: 'Stage reached: {stage}; no result has been decided.'
	},
	'form05.decision': {
		vi: '{agency} thông báo dừng giải quyết hồ sơ nêu trên kể từ {date}.',
		en: '{agency} gives notice that the processing of this dossier stopped on {date}.'
	},
	'form05.fees': {
		vi: 'Phí, lệ phí đã nộp: {paid} (phải nộp theo quy định: {due}).',
		en: 'Fees already paid: {paid} (due under the rules: {due}).'
	},
	'form05.closing': {
		vi: 'Xin thông báo cho Ông/Bà được biết./.',
		en: 'We inform you accordingly.'
	},

	// Form 06 (TT 03/2025) = Form 05 (TT 01/2018): one row per hand-over.
	'form06.title': {
		vi: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
		en: 'PROCESSING-CONTROL SLIP'
	},
	'form06.code': { vi: 'Mã hồ sơ: {code}', en: 'Dossier code: {code}' },
	'form06.of': {
		vi: 'Hồ sơ của: {name}; Nội dung yêu cầu giải quyết: {procedure}',
		en: 'Dossier of: {name}; request: {procedure}'
	},
	'form06.col.no': { vi: 'STT', en: 'No.' },
	'form06.col.agency': { vi: 'TÊN CƠ QUAN', en: 'UNIT' },
	'form06.col.time': { vi: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', en: 'HANDED OVER AT' },
	'form06.col.due': { vi: 'HẠN GIẢI QUYẾT', en: 'DEADLINE' },
	'form06.col.result': {
		vi: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/Đúng hạn/Quá hạn)',
		en: 'OUTCOME (early/on time/late)'
	},
	'form06.col.note': { vi: 'GHI CHÚ', en: 'NOTES' },
	'form06.give': { vi: '1. Giao: {party}', en: '1. From: {party}' },
	'form06.take': { vi: '2. Nhận: {party}', en: '2. To: {party}' },
	'form06.signers': {
		vi: 'Người giao (ký) — Người nhận (ký)',
		en: 'Handed over by (signature) — Received by (signature)'
	},
	'form06.outcome.early': { vi: 'Trước hạn', en: 'Early' },
	'form06.outcome.on_time': { vi: 'Đúng hạn', en: 'On time' },
	'form06.outcome.late': { vi: 'Quá hạn', en: 'Late' },
	'form06.outcome.none': { vi: '—', en: '—' },
	'form06.party.desk': { vi: 'Bộ phận tiếp nhận và trả kết quả', en: 'One-stop desk' },
	'form06.party.deskNamed': {
		vi: 'Bộ phận tiếp nhận và trả kết quả ({name})',
		en: 'One-stop desk ({name})'
	},
	'form06.party.handler': { vi: 'Công chức xử lý: {name}', en: 'Handler: {name}' },
	'form06.party.agency': { vi: '{name}', en: '{name}' },
	'form06.party.applicant': { vi: 'Người nộp hồ sơ: {name}', en: 'Applicant: {name}' },
	'form06.note.desk': { vi: 'Trả tại bộ phận một cửa', en: 'Returned at the desk' },
	'form06.note.post': { vi: 'Trả qua bưu chính', en: 'Returned by post' },
	'form06.unit': { vi: 'Đơn vị: {agency}', en: 'Unit: {agency}' }
} satisfies MessageTable;
