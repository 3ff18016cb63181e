import type { MessageTable } from '$lib/i18n/types';

/**
 * Messages of the dossier area (Vietnamese first, English second): dossier codes and device
 * slots, intake validation, lifecycle rules, the 10 national statuses, event kinds and fold flags.
 * Field labels are path-qualified (`field.applicant.name`) where the catalog's generic label
 * (`field.name`: "Tên") would be vague; personal ID, phone, e-mail and birth date use the generic
 * labels of the validators (`field.citizen_id` …).
 */
export const dossierMessages = {
	// Dossier codes, device slots, tracking book (TT 01/2018 Art 10, 19).
	'error.slot_missing': {
		vi: 'Thiết bị chưa được cấp số khe (slot) từ cấp trên: chưa thể cấp mã hồ sơ. Hãy kết nối mạng để đăng ký thiết bị.',
		en: 'This device has no slot number from upstream yet, so it cannot issue dossier codes. Connect to the network to enrol the device.'
	},
	'error.slot_invalid': {
		vi: 'Số khe (slot) của thiết bị phải từ 0 đến 9 (đang là {slot}). Hãy đăng ký lại thiết bị với cấp trên.',
		en: 'The device slot must be 0 to 9 (it is {slot}). Enrol the device again with upstream.'
	},
	'error.slot_not_yet': {
		vi: 'Khe (slot) của thiết bị này được cấp lại sau khi thu hồi máy cũ: chỉ được cấp mã hồ sơ từ ngày {date}. Hôm nay hãy tiếp nhận trên thiết bị khác.',
		en: 'This device’s slot was handed on after the old device was revoked: it issues dossier codes from {date} only. Take today’s dossiers on another device.'
	},
	'error.slot_exhausted': {
		vi: 'Thiết bị đã dùng hết các số thứ tự hồ sơ của khe {slot} trong ngày (tối đa 999 hồ sơ): hãy tiếp nhận trên thiết bị khác.',
		en: 'This device has used every dossier number of slot {slot} for the day (999 at most): take the dossier on another device.'
	},
	'error.sequence_outside_slot': {
		vi: 'Số thứ tự hồ sơ cuối cùng không thuộc khe {slot} của thiết bị: dữ liệu đánh số bị lỗi, hãy liên hệ cấp trên.',
		en: 'The last dossier number is outside this device’s slot {slot}: numbering data is damaged, contact upstream.'
	},
	'error.code_format_missing': {
		vi: 'Chưa có quy tắc đánh mã hồ sơ áp dụng cho ngày {date}.',
		en: 'No dossier-code rule applies on {date}.'
	},
	'error.dossier_code': {
		vi: '{field}: mã hồ sơ không đúng định dạng (ví dụ 000.17.22.H56-210531-0001).',
		en: '{field}: not a valid dossier code (e.g. 000.17.22.H56-210531-0001).'
	},
	'error.code_date_mismatch': {
		vi: '{field}: ngày trong mã hồ sơ khác ngày tiếp nhận.',
		en: '{field}: the date in the dossier code differs from the receipt date.'
	},
	'error.book_year_mismatch': {
		vi: '{field}: năm của sổ theo dõi khác năm tiếp nhận.',
		en: '{field}: the tracking-book year differs from the receipt year.'
	},
	'error.appointment_before_receipt': {
		vi: '{field}: ngày hẹn trả kết quả không được trước thời điểm nhận hồ sơ.',
		en: '{field}: the appointment cannot be before the receipt.'
	},

	// The 10 national statuses (DVCQG codes 1–10).
	'status.submitted': { vi: 'Mới đăng ký', en: 'Newly submitted' },
	'status.accepted': { vi: 'Đã tiếp nhận', en: 'Accepted' },
	'status.not_accepted': { vi: 'Không được tiếp nhận', en: 'Not accepted' },
	'status.in_process': { vi: 'Đang xử lý', en: 'In process' },
	'status.supplement_requested': { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
	'status.fee_requested': {
		vi: 'Yêu cầu thực hiện nghĩa vụ tài chính',
		en: 'Fee payment requested'
	},
	'status.withdrawal_requested': {
		vi: 'Công dân yêu cầu rút hồ sơ',
		en: 'Citizen asked to withdraw'
	},
	'status.stopped': { vi: 'Dừng xử lý', en: 'Processing stopped' },
	'status.processed': { vi: 'Đã xử lý xong', en: 'Processed' },
	'status.returned': { vi: 'Đã trả kết quả', en: 'Result returned' },

	// Lifecycle rules: commands refuse with these, the fold flags with them.
	'error.dossier_refused': {
		vi: 'Hồ sơ {code} đã bị từ chối giải quyết: không thể thực hiện thêm bước xử lý.',
		en: 'Dossier {code} was refused: no further processing step is possible.'
	},
	'error.dossier_withdrawn': {
		vi: 'Hồ sơ {code} đã dừng xử lý theo yêu cầu rút hồ sơ: không thể thực hiện thêm bước xử lý.',
		en: 'Dossier {code} was withdrawn and stopped: no further processing step is possible.'
	},
	'error.dossier_returned': {
		vi: 'Hồ sơ {code} đã trả kết quả: không thể thực hiện thêm bước xử lý.',
		en: 'The result of dossier {code} was returned: no further processing step is possible.'
	},
	'error.duplicate_return': {
		vi: 'Hồ sơ {code} đã trả kết quả rồi: không thể trả kết quả lần thứ hai.',
		en: 'The result of dossier {code} was already returned: it cannot be returned twice.'
	},
	'error.already_resolved': {
		vi: 'Hồ sơ {code} đã được giải quyết xong: chỉ còn bước trả kết quả.',
		en: 'Dossier {code} is already resolved: only returning the result remains.'
	},
	'error.supplement_pending': {
		vi: 'Hồ sơ {code} đang chờ công dân bổ sung theo phiếu đã gửi: không gửi thêm yêu cầu khác (mọi nội dung phải được yêu cầu một lần).',
		en: 'Dossier {code} is waiting for the citizen’s supplement: do not send another request (everything must be asked for at once).'
	},
	'error.supplement_not_requested': {
		vi: 'Hồ sơ {code} không có yêu cầu bổ sung nào đang chờ: không thể ghi nhận hồ sơ bổ sung.',
		en: 'Dossier {code} has no pending supplement request: a supplement cannot be recorded.'
	},
	'error.resolve_during_supplement': {
		vi: 'Hồ sơ {code} đang chờ công dân bổ sung: chưa thể giải quyết. Hãy ghi nhận hồ sơ bổ sung, hoặc từ chối bằng văn bản nêu rõ lý do.',
		en: 'Dossier {code} is waiting for a supplement: it cannot be resolved yet. Record the supplement, or refuse in writing with the reason.'
	},
	'error.return_before_resolve': {
		vi: 'Không thể trả kết quả khi hồ sơ chưa được giải quyết.',
		en: 'The result cannot be returned before the dossier is resolved.'
	},
	'error.second_apology': {
		vi: 'Hồ sơ {code} đã được xin lỗi và hẹn lại ngày trả kết quả một lần: chỉ được hẹn lại một lần (Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9).',
		en: 'Dossier {code} already had an apology with a new date: the appointment may be moved only once (Decree 61/2018 Art 19(9)).'
	},
	'error.apology_too_late': {
		vi: 'Đã quá ngày hẹn trả kết quả của hồ sơ {code}: văn bản xin lỗi và hẹn lại phải gửi trước ngày hẹn (Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9).',
		en: 'The appointment of dossier {code} has passed: the apology must be sent before the appointment (Decree 61/2018 Art 19(9)).'
	},
	'error.apology_date_not_later': {
		vi: '{field}: phải sau ngày hẹn trả kết quả hiện tại.',
		en: '{field}: must be after the current appointment.'
	},
	'error.withdraw_after_processed': {
		vi: 'Không thể rút hồ sơ {code} khi hồ sơ đã được giải quyết hoặc đã trả kết quả.',
		en: 'Dossier {code} cannot be withdrawn once it is resolved or its result returned.'
	},
	'error.correction_path': {
		vi: '{field}: không áp dụng cho loại người nộp hồ sơ này.',
		en: '{field}: does not apply to this kind of applicant.'
	},
	'error.correction_value': {
		vi: '{field}: không hợp lệ cho thông tin cần sửa.',
		en: '{field}: not valid for the field being corrected.'
	},
	'error.correction_mismatch': {
		vi: '{field}: không khớp với thông tin hiện tại của hồ sơ {code} (có thể vừa có người sửa). Hãy mở lại hồ sơ.',
		en: '{field}: does not match the current data of dossier {code} (someone may have just corrected it). Open the dossier again.'
	},
	'error.fee_not_due': {
		vi: '{field}: hồ sơ {code} không phải nộp phí, lệ phí.',
		en: '{field}: dossier {code} owes no fee.'
	},
	'error.fee_already_paid': {
		vi: '{field}: hồ sơ {code} đã nộp đủ phí, lệ phí.',
		en: '{field}: the fee of dossier {code} is already paid in full.'
	},
	'error.fee_exceeds': {
		vi: '{field}: lớn hơn số phí, lệ phí còn phải nộp của hồ sơ {code}.',
		en: '{field}: more than the fee still owed on dossier {code}.'
	},
	'error.evaluation_exists': {
		vi: 'Hồ sơ {code} đã được đánh giá: mỗi hồ sơ chỉ đánh giá một lần.',
		en: 'Dossier {code} was already evaluated: one evaluation per dossier.'
	},
	'error.other_dossier': {
		vi: 'Sự kiện thuộc hồ sơ khác, không phải hồ sơ {code}.',
		en: 'The event belongs to another dossier, not {code}.'
	},
	'error.conflicting_duplicate': {
		vi: 'Hồ sơ {code} có hai bản ghi khác nhau cùng một mã sự kiện: đã giữ một bản, cần kiểm tra.',
		en: 'Dossier {code} has two different records with one event id: one was kept, check it.'
	},
	'error.event_before_intake': {
		vi: 'Sự kiện của hồ sơ {code} có thời điểm trước khi tiếp nhận: đồng hồ của thiết bị có thể bị sai.',
		en: 'An event of dossier {code} is dated before the intake: a device clock may be wrong.'
	},

	// Commands and intake validation.
	'error.context_invalid': {
		vi: '{field} bị thiếu hoặc sai ({path}): hãy tải lại ứng dụng.',
		en: '{field} is missing or wrong ({path}): reload the app.'
	},
	'error.calendar_needed': {
		vi: 'Chưa có lịch làm việc để tính ngày hẹn trả kết quả mới cho hồ sơ {code}: hãy đồng bộ với cấp trên.',
		en: 'No working calendar to compute the new appointment of dossier {code}: sync with upstream.'
	},
	'error.required_document_missing': {
		vi: '{field}: thiếu giấy tờ bắt buộc «{name}». Hồ sơ chưa đầy đủ thì hướng dẫn bổ sung (Mẫu 02), chưa tiếp nhận.',
		en: '{field}: the required document “{name}” is missing. Guide the citizen with Form 02 instead of receiving an incomplete dossier.'
	},
	'error.document_count': {
		vi: '{field}: phải có ít nhất một bản chính hoặc một bản sao.',
		en: '{field}: at least one original or one copy is needed.'
	},
	'error.legacy_id': {
		vi: '{field}: phải gồm đúng 9 chữ số.',
		en: '{field}: must have exactly 9 digits.'
	},
	'error.tax_code': {
		vi: '{field}: gồm 10 chữ số; mã chi nhánh thêm dấu gạch ngang và 3 chữ số.',
		en: '{field}: 10 digits; a branch adds a hyphen and 3 digits.'
	},
	'error.birth_date_future': {
		vi: '{field}: không được sau ngày tiếp nhận hồ sơ.',
		en: '{field}: cannot be after the receipt date.'
	},
	'error.fee_waived': {
		vi: '{field}: thủ tục «{procedure}» không thu phí, lệ phí; số tiền phải bằng 0.',
		en: '{field}: the procedure “{procedure}” charges no fee; the amount must be 0.'
	},
	'error.clock_before_intake': {
		vi: 'Đồng hồ của thiết bị đang chỉ {now}, trước thời điểm tiếp nhận hồ sơ {code}: hãy chỉnh lại ngày giờ của máy rồi thao tác lại.',
		en: 'This device’s clock says {now}, before dossier {code} was received: set the date and time of the device, then try again.'
	},
	'error.rejection_reason': {
		vi: '{field}: khi kết quả là không giải quyết, phải ghi rõ lý do bằng lời (Nghị định 61/2018/NĐ-CP, Điều 19 khoản 8).',
		en: '{field}: a rejection must state its reason in words (Decree 61/2018 Art 19(8)).'
	},
	'error.reason_not_human': {
		vi: '{field}: hãy ghi rõ lý do bằng lời (ít nhất ba từ, nêu căn cứ), không ghi mã lỗi.',
		en: '{field}: write the reason in words (at least three, with its legal ground), not an error code.'
	},

	// Field labels, path-qualified.
	'field.dossier': { vi: 'Hồ sơ', en: 'Dossier' },
	'field.context': { vi: 'Thông tin phiên làm việc', en: 'Session data' },
	'field.slot': { vi: 'Số khe (slot) của thiết bị', en: 'Device slot' },
	'field.seq': { vi: 'Số thứ tự', en: 'Sequence number' },
	'field.code_parts': { vi: 'Các thành phần của mã hồ sơ', en: 'Dossier code parts' },
	'field.code_parts.agency': { vi: 'Mã cơ quan trong mã hồ sơ', en: 'Agency in the dossier code' },
	'field.code_parts.date': { vi: 'Ngày trong mã hồ sơ', en: 'Date in the dossier code' },
	'field.code_parts.seq': { vi: 'Số thứ tự trong mã hồ sơ', en: 'Sequence in the dossier code' },
	'field.book': { vi: 'Sổ theo dõi hồ sơ', en: 'Tracking book' },
	'field.book.year': { vi: 'Năm của sổ theo dõi hồ sơ', en: 'Tracking-book year' },
	'field.book.volume': { vi: 'Quyển số', en: 'Volume number' },
	'field.book.entry': { vi: 'Số thứ tự trong sổ', en: 'Entry number' },
	'field.procedure': { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
	'field.applicant': { vi: 'Người nộp hồ sơ', en: 'Applicant' },
	'field.applicant.kind': {
		vi: 'Loại người nộp hồ sơ (cá nhân hay tổ chức)',
		en: 'Kind of applicant (person or organisation)'
	},
	'field.applicant.name': { vi: 'Tên người nộp hồ sơ', en: 'Applicant’s name' },
	'field.applicant.legacy_id': { vi: 'Số chứng minh nhân dân cũ', en: 'Old identity card number' },
	'field.applicant.address': { vi: 'Địa chỉ người nộp', en: 'Applicant’s address' },
	'field.applicant.representative': {
		vi: 'Người đại diện của tổ chức',
		en: 'Organisation’s representative'
	},
	'field.applicant.tax_code': { vi: 'Mã số thuế', en: 'Tax code' },
	'field.documents_received': { vi: 'Thành phần hồ sơ nộp', en: 'Documents submitted' },
	'field.documents_received.doc_id': { vi: 'Mã giấy tờ', en: 'Document id' },
	'field.documents_received.name': { vi: 'Tên giấy tờ', en: 'Document name' },
	'field.documents_received.originals': { vi: 'Số bản chính', en: 'Originals' },
	'field.documents_received.copies': { vi: 'Số bản sao', en: 'Copies' },
	'field.sets': { vi: 'Số lượng hồ sơ (bộ)', en: 'Number of sets' },
	'field.channel': { vi: 'Hình thức nộp hồ sơ', en: 'Submission channel' },
	'field.result_delivery': { vi: 'Nơi đăng ký nhận kết quả', en: 'Where to receive the result' },
	'field.support_point': { vi: 'Điểm hỗ trợ tiếp nhận', en: 'Support point' },
	'field.receiving_unit': { vi: 'Đơn vị tiếp nhận', en: 'Receiving unit' },
	'field.received_at': { vi: 'Thời điểm nhận hồ sơ', en: 'Time of receipt' },
	'field.legal_receipt_date': { vi: 'Ngày tiếp nhận theo quy định', en: 'Legal receipt date' },
	'field.clock_start_date': { vi: 'Ngày bắt đầu tính thời hạn', en: 'First day counted' },
	'field.appointment_at': { vi: 'Ngày hẹn trả kết quả', en: 'Appointment' },
	'field.fee': { vi: 'Phí, lệ phí', en: 'Fee' },
	'field.fee.amount': { vi: 'Số tiền phí, lệ phí', en: 'Fee amount' },
	'field.fee.paid': { vi: 'Đã nộp phí, lệ phí', en: 'Fee paid' },
	'field.officer': { vi: 'Cán bộ tiếp nhận', en: 'Receiving officer' },
	'field.officer.id': { vi: 'Mã cán bộ tiếp nhận', en: 'Receiving officer id' },
	'field.officer.name': { vi: 'Tên cán bộ tiếp nhận', en: 'Receiving officer name' },
	'field.device_id': { vi: 'Mã thiết bị', en: 'Device id' },
	'field.hlc': { vi: 'Đồng hồ logic', en: 'Logical clock' },
	'field.dossier_code': { vi: 'Mã hồ sơ', en: 'Dossier code' },
	'field.at': { vi: 'Thời điểm', en: 'Time' },
	'field.actor': { vi: 'Cán bộ thực hiện', en: 'Acting officer' },
	'field.handler': { vi: 'Cán bộ xử lý', en: 'Handler' },
	'field.handler.id': { vi: 'Mã cán bộ xử lý', en: 'Handler id' },
	'field.handler.name': { vi: 'Tên cán bộ xử lý', en: 'Handler name' },
	'field.to_agency': { vi: 'Cơ quan nhận hồ sơ chuyển đến', en: 'Agency transferred to' },
	'field.reason': { vi: 'Lý do', en: 'Reason' },
	'field.notice_no': { vi: 'Số phiếu, văn bản', en: 'Notice number' },
	'field.items': { vi: 'Nội dung cần bổ sung', en: 'Items to supplement' },
	'field.items.name': { vi: 'Giấy tờ, nội dung cần bổ sung', en: 'Item to supplement' },
	'field.items.note': { vi: 'Ghi chú về nội dung bổ sung', en: 'Note on the item' },
	'field.new_appointment_at': { vi: 'Ngày hẹn trả kết quả mới', en: 'New appointment' },
	'field.paused_working_days': { vi: 'Số ngày làm việc tạm dừng', en: 'Working days paused' },
	'field.outcome': { vi: 'Kết quả giải quyết', en: 'Outcome' },
	'field.result_doc_no': { vi: 'Số văn bản kết quả', en: 'Result document number' },
	'field.method': { vi: 'Hình thức', en: 'Method' },
	'field.recipient': { vi: 'Người nhận kết quả', en: 'Recipient' },
	'field.satisfaction': { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
	'field.text': { vi: 'Nội dung ghi chú', en: 'Note text' },
	'field.amount': { vi: 'Số tiền', en: 'Amount' },
	'field.path': { vi: 'Thông tin cần sửa', en: 'Field to correct' },
	'field.old_value': { vi: 'Giá trị cũ', en: 'Old value' },
	'field.new_value': { vi: 'Giá trị mới', en: 'New value' },
	'field.rating': { vi: 'Mức độ hài lòng chung', en: 'Overall satisfaction' },
	'field.answers': { vi: 'Nội dung đánh giá', en: 'Evaluation answers' },
	'field.answers.time_vs_rule': {
		vi: 'Thời gian giải quyết so với quy định',
		en: 'Time taken against the rule'
	},
	'field.answers.agencies_contacted': {
		vi: 'Số cơ quan phải liên hệ',
		en: 'Agencies contacted'
	},
	'field.answers.contacts_count': {
		vi: 'Số lần phải liên hệ để hoàn thiện hồ sơ',
		en: 'Contacts needed to complete the dossier'
	},
	'field.answers.information_accurate': {
		vi: 'Thông tin thủ tục công khai có chính xác',
		en: 'Published information was accurate'
	},
	'field.answers.staff_conduct': { vi: 'Thái độ của công chức', en: 'Staff conduct' },
	'field.answers.lawful_result_and_cost': {
		vi: 'Kết quả và chi phí đúng quy định, không phát sinh chi phí ngoài quy định',
		en: 'Lawful result and cost, no unofficial charges'
	},
	'field.answers.complaint_handling': {
		vi: 'Việc tiếp nhận, xử lý ý kiến, kiến nghị',
		en: 'Handling of complaints'
	},
	'field.answers.online_service': {
		vi: 'Chất lượng dịch vụ công trực tuyến',
		en: 'Online service quality'
	},
	'field.answers.other': { vi: 'Ý kiến khác', en: 'Other remarks' },

	// Event kinds (history lines); the intake itself shows as `event.received`.
	'event.received': { vi: 'Tiếp nhận hồ sơ', en: 'Dossier received' },
	'event.assigned': { vi: 'Phân công xử lý', en: 'Assigned' },
	'event.transferred': { vi: 'Chuyển cơ quan khác giải quyết', en: 'Transferred' },
	'event.supplement_requested': { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Supplement requested' },
	'event.supplement_received': { vi: 'Nhận hồ sơ bổ sung', en: 'Supplement received' },
	'event.resolved': { vi: 'Đã giải quyết', en: 'Resolved' },
	'event.refused': { vi: 'Từ chối giải quyết', en: 'Refused' },
	'event.returned': { vi: 'Trả kết quả', en: 'Result returned' },
	'event.apology': { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment' },
	'event.withdrawn': { vi: 'Rút hồ sơ, dừng xử lý', en: 'Withdrawn' },
	'event.corrected': { vi: 'Sửa thông tin hồ sơ', en: 'Data corrected' },
	'event.fee_paid': { vi: 'Nộp phí, lệ phí', en: 'Fee paid' },
	'event.evaluated': { vi: 'Đánh giá mức độ hài lòng', en: 'Evaluated' },
	'event.note': { vi: 'Ghi chú', en: 'Note' },

	// Timeliness (Form 06: trước hạn / đúng hạn / quá hạn).
	'timeliness.early': { vi: 'Trước hạn', en: 'Early' },
	'timeliness.on_time': { vi: 'Đúng hạn', en: 'On time' },
	'timeliness.late': { vi: 'Quá hạn', en: 'Late' },
	'timeliness.not_due': { vi: 'Trong hạn', en: 'Not yet due' },
	'timeliness.overdue': { vi: 'Đang quá hạn', en: 'Overdue' },
	'timeliness.not_applicable': { vi: 'Không tính', en: 'Not counted' },

	// Channels and result delivery (national channel codes 1 direct, 2 online, 3 post).
	'channel.direct': { vi: 'Trực tiếp', en: 'In person' },
	'channel.online': { vi: 'Trực tuyến', en: 'Online' },
	'channel.post': { vi: 'Qua bưu chính công ích', en: 'Public postal service' },
	'channel.mobile': { vi: 'Tiếp nhận lưu động', en: 'Mobile intake' }
} satisfies MessageTable;
