import type { MessageTable } from '$lib/i18n/types';

/**
 * Messages of the catalog area (Vietnamese first, English second): the procedure catalog,
 * administrative units, identifier validation and the generic zod error mapping
 * (`zodToDomainErrors`). Error templates start with `{field}`, the Vietnamese label of the input.
 */
export const catalogMessages = {
	// Generic errors produced by zodToDomainErrors (src/lib/domain/validate/zod-errors.ts).
	'error.not_text': { vi: '{field}: phải là chuỗi ký tự.', en: '{field}: must be text.' },
	'error.not_a_number': { vi: '{field}: phải là một số.', en: '{field}: must be a number.' },
	'error.not_an_integer': {
		vi: '{field}: phải là số nguyên.',
		en: '{field}: must be a whole number.'
	},
	'error.too_short': {
		vi: '{field}: phải có ít nhất {min} ký tự.',
		en: '{field}: at least {min} characters.'
	},
	'error.too_few': {
		vi: '{field}: cần ít nhất {min} mục.',
		en: '{field}: needs at least {min} items.'
	},
	'error.too_many': {
		vi: '{field}: nhiều nhất {max} mục.',
		en: '{field}: at most {max} items.'
	},
	'error.too_small': {
		vi: '{field}: không được nhỏ hơn {min}.',
		en: '{field}: must not be less than {min}.'
	},
	'error.too_big': {
		vi: '{field}: không được lớn hơn {max}.',
		en: '{field}: must not be more than {max}.'
	},
	'error.positive': { vi: '{field}: phải lớn hơn 0.', en: '{field}: must be more than 0.' },
	'error.positive_integer': {
		vi: '{field}: phải là số nguyên lớn hơn 0.',
		en: '{field}: must be a whole number above 0.'
	},
	'error.email': {
		vi: '{field}: không phải địa chỉ thư điện tử hợp lệ.',
		en: '{field}: not a valid e-mail address.'
	},
	'error.invalid_format': { vi: '{field}: sai định dạng.', en: '{field}: wrong format.' },
	'error.not_one_of': {
		vi: '{field}: phải là một trong các giá trị: {options}.',
		en: '{field}: must be one of: {options}.'
	},
	'error.unknown_field': {
		vi: '{field}: trường này không được phép có trong tài liệu.',
		en: '{field}: this field is not allowed in the document.'
	},
	'error.doc_id': {
		vi: '{field}: phải là "{expected}".',
		en: '{field}: must be "{expected}".'
	},
	'error.date_after': {
		vi: '{field}: phải sau ngày {after}.',
		en: '{field}: must be after {after}.'
	},
	'error.range_order': {
		vi: '{field}: không được nhỏ hơn giá trị bắt đầu.',
		en: '{field}: must not be less than the start.'
	},
	'error.duplicate': {
		vi: '{field}: giá trị "{value}" bị trùng.',
		en: '{field}: "{value}" appears twice.'
	},

	// Procedure catalog.
	'error.procedure_code': {
		vi: '{field}: phải có dạng d.dddddd (ví dụ 1.001193), có thể thêm hậu tố như .01 hoặc .000.00.00.H14.',
		en: '{field}: must look like d.dddddd (e.g. 1.001193), optionally with a suffix such as .01 or .000.00.00.H14.'
	},
	'error.same_day_value': {
		vi: '{field}: thủ tục giải quyết trong ngày phải ghi số 0.',
		en: '{field}: must be 0 for a same-day procedure.'
	},
	'error.fee_pages_need_page': {
		vi: '{field}: khoảng trang và mức tối đa mỗi bản chỉ dùng cho phí tính theo trang.',
		en: '{field}: a page range and a cap per copy only apply to a per-page fee.'
	},
	'error.fee_not_free': {
		vi: '{field}: thủ tục không thu phí, lệ phí thì mức thu phải bằng 0.',
		en: '{field}: must be 0 for a procedure without fees.'
	},
	'error.confidence_level': {
		vi: '{field}: phải là "verify" khi và chỉ khi có thông tin cần kiểm tra lại.',
		en: '{field}: must be "verify" exactly when some facts need checking.'
	},
	'error.procedure_not_found': {
		vi: '{field}: danh mục không có thủ tục mã {code}.',
		en: '{field}: the catalog has no procedure {code}.'
	},
	'error.procedure_not_in_force': {
		vi: '{field}: thủ tục {code} không có hiệu lực vào ngày {date}.',
		en: '{field}: procedure {code} is not in force on {date}.'
	},
	'catalog.verify': {
		vi: 'Một số thông tin của thủ tục này chưa được kiểm chứng: hãy đối chiếu với Quyết định công bố thủ tục hành chính của tỉnh.',
		en: "Some facts of this procedure are unverified: check them against your province's published procedure list."
	},

	// Administrative units.
	'error.agency_code': {
		vi: '{field}: gồm chữ số, chữ in hoa và dấu chấm, tối đa 35 ký tự, nhóm cuối là mã cấp 1 như H56 (ví dụ 000.17.22.H56).',
		en: '{field}: digits, capital letters and dots, at most 35 characters, ending with a level-1 code such as H56 (e.g. 000.17.22.H56).'
	},

	// Personal identification number (Decree 137/2015 Art 13).
	'error.citizen_id.not_digits': {
		vi: '{field} chỉ được gồm chữ số.',
		en: '{field} must contain digits only.'
	},
	'error.citizen_id.length': {
		vi: '{field} phải gồm đúng 12 chữ số (đã nhập {length} chữ số).',
		en: '{field} must have exactly 12 digits ({length} entered).'
	},
	'error.citizen_id.legacy': {
		vi: '{field}: số chứng minh nhân dân 9 chữ số không còn được dùng; hãy nhập số định danh 12 chữ số.',
		en: '{field}: the old 9-digit identity card number is no longer accepted; enter the 12-digit number.'
	},
	'error.citizen_id.place_code': {
		vi: '{field}: ba chữ số đầu "{code}" không phải mã tỉnh hoặc mã quốc gia nơi đăng ký khai sinh.',
		en: '{field}: the first three digits "{code}" are not a province or country code of birth registration.'
	},
	'error.citizen_id.birth_year': {
		vi: '{field} không khớp với năm sinh {year} (chữ số thứ 4 đến 6 phải là {expected}).',
		en: '{field} does not match the birth year {year} (digits 4 to 6 must be {expected}).'
	},
	'error.citizen_id.future_year': {
		vi: '{field}: năm sinh {year} theo số định danh là năm trong tương lai.',
		en: '{field}: the birth year {year} given by the number is in the future.'
	},

	// Telephone numbers.
	'error.phone.not_digits': {
		vi: '{field} chỉ được gồm chữ số (có thể có dấu cách, dấu chấm, +84).',
		en: '{field} may contain only digits (spaces, dots and +84 are allowed).'
	},
	'error.phone.foreign': {
		vi: '{field}: chỉ nhận số điện thoại Việt Nam (+84).',
		en: '{field}: only Vietnamese numbers (+84) are accepted.'
	},
	'error.phone.old_mobile': {
		vi: '{field}: số di động 11 chữ số đầu 01 đã chuyển sang 10 chữ số từ năm 2018; hãy nhập số mới.',
		en: '{field}: 11-digit 01x mobile numbers became 10-digit numbers in 2018; enter the new number.'
	},
	'error.phone.no_trunk_zero': {
		vi: '{field} phải bắt đầu bằng số 0 hoặc +84.',
		en: '{field} must start with 0 or +84.'
	},
	'error.phone.length': {
		vi: '{field} phải có 10 chữ số (di động) hoặc 11 chữ số (cố định); đã nhập {length} chữ số.',
		en: '{field} must have 10 digits (mobile) or 11 (landline); {length} entered.'
	},
	'error.phone.prefix': {
		vi: '{field}: đầu số {prefix} không phải đầu số di động (03, 05, 07, 08, 09) hay cố định (02).',
		en: '{field}: {prefix} is not a mobile (03, 05, 07, 08, 09) or landline (02) prefix.'
	},

	// Names.
	'error.applicant_name.characters': {
		vi: '{field} chỉ được gồm chữ cái, dấu cách, dấu nháy, dấu gạch nối và dấu chấm.',
		en: '{field} may contain only letters, spaces, apostrophes, hyphens and dots.'
	},

	// Field labels: `field.<name>`, or `field.<parent>.<name>` where the bare name is ambiguous.
	'field.document': { vi: 'Tài liệu', en: 'Document' },
	'field._id': { vi: 'Mã tài liệu', en: 'Document id' },
	'field._rev': { vi: 'Phiên bản lưu trữ', en: 'Stored revision' },
	'field.type': { vi: 'Loại tài liệu', en: 'Document type' },
	'field.code': { vi: 'Mã', en: 'Code' },
	'field.name': { vi: 'Tên', en: 'Name' },
	'field.name_en': { vi: 'Tên tiếng Anh', en: 'English name' },
	'field.field': { vi: 'Lĩnh vực', en: 'Field' },
	'field.field.code': { vi: 'Mã lĩnh vực', en: 'Field code' },
	'field.field.name': { vi: 'Tên lĩnh vực', en: 'Field name' },
	'field.level': { vi: 'Cấp thực hiện', en: 'Level' },
	'field.time_limit': { vi: 'Thời hạn giải quyết', en: 'Time limit' },
	'field.time_limit.unit': { vi: 'Đơn vị của thời hạn giải quyết', en: 'Time limit unit' },
	'field.time_limit.value': { vi: 'Số ngày, giờ của thời hạn giải quyết', en: 'Time limit count' },
	'field.time_limit_extension': { vi: 'Thời hạn được kéo dài', en: 'Time limit extension' },
	'field.time_limit_extension.unit': {
		vi: 'Đơn vị của thời hạn kéo dài',
		en: 'Extension unit'
	},
	'field.time_limit_extension.value': {
		vi: 'Số ngày, giờ được kéo dài',
		en: 'Extension count'
	},
	'field.time_limit_extension.reason': {
		vi: 'Trường hợp được kéo dài',
		en: 'When the extension applies'
	},
	'field.time_limit_note': { vi: 'Ghi chú về thời hạn', en: 'Time limit note' },
	'field.supplement_policy': {
		vi: 'Cách tính thời hạn khi bổ sung hồ sơ',
		en: 'Clock on supplement'
	},
	'field.fee_set_by': { vi: 'Cơ quan quy định mức thu', en: 'Fee set by' },
	'field.fees': { vi: 'Phí, lệ phí', en: 'Fees' },
	'field.fees.label': { vi: 'Tên khoản phí, lệ phí', en: 'Fee item' },
	'field.fees.amount': { vi: 'Mức thu', en: 'Amount' },
	'field.fees.per': { vi: 'Đơn vị tính phí', en: 'Charged per' },
	'field.fees.pages': { vi: 'Khoảng trang tính phí', en: 'Page range' },
	'field.fees.pages.from': { vi: 'Từ trang', en: 'From page' },
	'field.fees.pages.to': { vi: 'Đến trang', en: 'To page' },
	'field.fees.max_per_copy': { vi: 'Mức thu tối đa mỗi bản', en: 'Cap per copy' },
	'field.fees.channel': { vi: 'Hình thức nộp hồ sơ', en: 'Channel' },
	'field.fees.note': { vi: 'Ghi chú về khoản phí', en: 'Fee item note' },
	'field.fee_note': { vi: 'Ghi chú về phí, lệ phí', en: 'Fee note' },
	'field.required_documents': { vi: 'Thành phần hồ sơ', en: 'Required documents' },
	'field.required_documents.id': { vi: 'Mã giấy tờ', en: 'Document item id' },
	'field.required_documents.name': { vi: 'Tên giấy tờ', en: 'Document name' },
	'field.required_documents.originals': { vi: 'Số bản chính', en: 'Originals' },
	'field.required_documents.copies': { vi: 'Số bản sao', en: 'Copies' },
	'field.required_documents.replaceable_by_database': {
		vi: 'Có thể thay bằng dữ liệu trong cơ sở dữ liệu',
		en: 'Replaceable by database data'
	},
	'field.required_documents.optional': { vi: 'Giấy tờ không bắt buộc', en: 'Optional' },
	'field.required_documents.note': { vi: 'Ghi chú về giấy tờ', en: 'Document note' },
	'field.legal_basis': { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
	'field.receipt_form': { vi: 'Mẫu giấy tiếp nhận', en: 'Receipt form' },
	'field.result_code': { vi: 'Mã kết quả', en: 'Result code' },
	'field.competent_authority': { vi: 'Cơ quan có thẩm quyền', en: 'Competent authority' },
	'field.handled_by': { vi: 'Bộ phận xử lý', en: 'Handled by' },
	'field.version': { vi: 'Phiên bản', en: 'Version' },
	'field.effective_from': { vi: 'Ngày có hiệu lực', en: 'In force from' },
	'field.effective_to': { vi: 'Ngày hết hiệu lực', en: 'In force until' },
	'field.confidence': { vi: 'Độ tin cậy của dữ liệu', en: 'Data confidence' },
	'field.confidence.level': { vi: 'Mức tin cậy', en: 'Confidence level' },
	'field.confidence.unverified': { vi: 'Thông tin cần kiểm tra', en: 'Unverified facts' },
	'field.confidence.note': { vi: 'Ghi chú về nguồn', en: 'Source note' },
	'field.procedure_code': { vi: 'Mã thủ tục', en: 'Procedure code' },
	'field.date': { vi: 'Ngày', en: 'Date' },
	'field.pages': { vi: 'Số trang', en: 'Number of pages' },
	'field.copies': { vi: 'Số bản', en: 'Number of copies' },
	'field.kind': { vi: 'Loại đơn vị hành chính', en: 'Unit kind' },
	'field.province_code': { vi: 'Mã tỉnh, thành phố', en: 'Province code' },
	'field.province_name': { vi: 'Tên tỉnh, thành phố', en: 'Province name' },
	'field.agency_code': { vi: 'Mã định danh cơ quan', en: 'Agency identifier' },
	'field.agency_name': { vi: 'Tên cơ quan tiếp nhận', en: 'Receiving agency' },
	'field.parent_agency_name': { vi: 'Tên cơ quan chủ quản', en: 'Parent agency' },
	'field.valid_from': { vi: 'Ngày bắt đầu hiệu lực', en: 'Valid from' },
	'field.valid_to': { vi: 'Ngày hết hiệu lực', en: 'Valid until' },
	'field.predecessors': { vi: 'Đơn vị hành chính trước sắp xếp', en: 'Predecessor units' },
	'field.demo': { vi: 'Dữ liệu mẫu', en: 'Demo data' },
	'field.note': { vi: 'Ghi chú', en: 'Note' },
	'field.citizen_id': { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
	'field.phone': { vi: 'Số điện thoại', en: 'Phone number' },
	'field.email': { vi: 'Thư điện tử', en: 'E-mail' },
	'field.applicant_name': { vi: 'Họ và tên', en: 'Full name' },
	'field.birth_date': { vi: 'Ngày sinh', en: 'Date of birth' }
} satisfies MessageTable;
