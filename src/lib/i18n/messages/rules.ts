import type { MessageTable } from '$lib/i18n/types';

/**
 * Issue 18, "the rules as the texts say": conditional time limits, provincial fees and
 * exemptions, the photocopy count of Form 01, the fee and withdrawal requests (national statuses
 * 6 and 7). Vietnamese first.
 */
export const rulesMessages = {
	// Conditional time limits (Procedure.time_limit_question, the intake's answer).
	'error.time_limit_case': {
		vi: '{field}: thủ tục {procedure} không có trường hợp "{value}".',
		en: '{field}: procedure {procedure} has no case "{value}".'
	},
	'field.time_limit_case': { vi: 'Trường hợp về thời hạn giải quyết', en: 'Time limit case' },
	'field.time_limit_question': {
		vi: 'Câu hỏi chọn thời hạn giải quyết',
		en: 'Question picking the time limit'
	},
	'field.time_limit_question.question': { vi: 'Câu hỏi', en: 'Question' },
	'field.time_limit_question.default_label': {
		vi: 'Câu trả lời giữ thời hạn thông thường',
		en: 'Answer keeping the ordinary limit'
	},
	'field.time_limit_question.cases': { vi: 'Các trường hợp', en: 'Cases' },
	'field.time_limit_question.cases.id': { vi: 'Mã trường hợp', en: 'Case id' },
	'field.time_limit_question.cases.label': { vi: 'Tên trường hợp', en: 'Case label' },
	'field.time_limit_question.cases.basis': { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
	'intake.timeLimitDefault': {
		vi: '{label} — {limit}',
		en: '{label} — {limit}'
	},
	'intake.timeLimitCase': {
		vi: '{label} — {limit} ({basis})',
		en: '{label} — {limit} ({basis})'
	},
	'intake.pauses': {
		vi: 'thời gian bổ sung hồ sơ không tính vào thời hạn',
		en: 'supplement time is not counted'
	},
	'receipt.timeLimitCase': {
		vi: 'Trường hợp: {label} ({basis})',
		en: 'Case: {label} ({basis})'
	},
	'receipt.pauses': {
		vi: 'Thời gian người nộp bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết.',
		en: 'The time the applicant spends completing the dossier is not counted.'
	},

	// Fees by province, exemptions.
	'error.fee_exemption_unknown': {
		vi: '{field}: "{value}" không phải trường hợp miễn lệ phí của thủ tục {procedure}.',
		en: '{field}: "{value}" is not a fee exemption of procedure {procedure}.'
	},
	'error.fee_exempt_amount': {
		vi: '{field}: hồ sơ được miễn ({exemption}) thì số tiền phải bằng 0.',
		en: '{field}: must be 0 for an exempt dossier ({exemption}).'
	},
	'field.fee.exemption': { vi: 'Trường hợp miễn phí, lệ phí', en: 'Fee exemption' },
	'field.fees.exempt': { vi: 'Được miễn theo luật', en: 'Waived by law' },
	'field.fees.basis': { vi: 'Căn cứ miễn', en: 'Basis of the waiver' },
	'field.province_fees': { vi: 'Mức thu theo tỉnh', en: 'Fees by province' },
	'field.province_fees.basis': {
		vi: 'Nghị quyết của HĐND tỉnh quy định mức thu',
		en: "Provincial council's fee resolution"
	},
	'catalogPage.provinceFee': {
		vi: 'Mức thu do HĐND tỉnh quy định (cấp trên nhập theo tỉnh)',
		en: 'Set by the provincial council (entered upstream per province)'
	},
	'intake.feeExemption': { vi: 'Miễn phí, lệ phí', en: 'Fee exemption' },
	'intake.feeExemption.none': { vi: 'Không thuộc trường hợp miễn', en: 'No exemption' },
	'intake.feeUnknown': {
		vi: 'Danh mục chưa có mức phí, lệ phí của thủ tục này: nhập theo văn bản công bố của tỉnh.',
		en: 'The catalog has no fee for this procedure yet: type the amount the province’s list sets.'
	},
	'intake.feeProvinceMissing': {
		vi: 'Mức thu do HĐND tỉnh quy định; cấp trên chưa nhập mức thu của tỉnh vào danh mục: nhập theo Nghị quyết của tỉnh.',
		en: "The provincial council sets this fee and upstream has not entered the province's amounts: type the amount its resolution sets."
	},
	'intake.feeProvinceBasis': { vi: 'Mức thu theo {basis}', en: 'Amounts under {basis}' },
	'receipt.feeExempt': {
		vi: 'Phí, lệ phí: miễn ({label}{basis})',
		en: 'Fee: waived ({label}{basis})'
	},

	// Form 01: the third kind of paper.
	'field.documents_received.photocopies': { vi: 'Số bản chụp', en: 'Photocopies' },
	'field.photocopies': { vi: 'Số bản chụp', en: 'Photocopies' },
	'intake.photocopies': { vi: 'Bản chụp', en: 'Photocopies' },

	// Statuses 6 and 7 of the national portal.
	'action.requestFee': {
		vi: 'Yêu cầu nộp phí, lệ phí',
		en: 'Ask for the fee'
	},
	'action.requestWithdrawal': {
		vi: 'Ghi nhận công dân xin rút hồ sơ',
		en: 'Record a withdrawal request'
	},
	'event.fee_requested': { vi: 'Yêu cầu nộp phí, lệ phí', en: 'Fee requested' },
	'event.withdrawal_requested': {
		vi: 'Công dân yêu cầu rút hồ sơ',
		en: 'Withdrawal requested'
	},
	'error.withdrawal_pending': {
		vi: 'Đã có yêu cầu rút hồ sơ đang chờ xử lý.',
		en: 'A withdrawal request is already pending.'
	},

	// Form templates as data (issue 18 point 2).
	'error.form_template_missing': {
		vi: '{field}: không có mẫu biểu "{kind}" áp dụng cho ngày {date}.',
		en: '{field}: no "{kind}" form template applies on {date}.'
	},
	'field.forms': { vi: 'Mẫu biểu', en: 'Form templates' },
	'form.templateLine': { vi: 'Mẫu số {number} — {basis}', en: 'Form {number} — {basis}' },
	'form02.contact': {
		vi: 'Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ với {name}, số điện thoại {phone} để được hướng dẫn.',
		en: 'If anything is unclear while completing the dossier, contact {name}, phone {phone}, for guidance.'
	},
	'form.contactLine': {
		vi: 'Địa chỉ: {address}; Số điện thoại: {phone}; Email: {email}',
		en: 'Address: {address}; Phone: {phone}; E-mail: {email}'
	},
	'form.blank': { vi: '……………', en: '……………' }
} as const satisfies MessageTable;
