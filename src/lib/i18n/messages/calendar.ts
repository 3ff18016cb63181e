import type { MessageTable } from '$lib/i18n/types';

/** Messages of the calendar area (Vietnamese first, English second). */
export const calendarMessages = {
	// Labels of the fields of a `calendar:<year>` document (paths as `zodToDomainErrors` looks them up).
	'field.calendars': { vi: 'Lịch làm việc', en: 'Working calendar' },
	'field.holidays': { vi: 'Ngày nghỉ lễ, tết', en: 'Public holidays' },
	'field.holidays.date': { vi: 'Ngày nghỉ lễ, tết', en: 'Holiday date' },
	'field.holidays.name': { vi: 'Tên ngày nghỉ lễ, tết', en: 'Holiday name' },
	'field.compensatory_days': { vi: 'Ngày nghỉ bù', en: 'Compensatory days off' },
	'field.compensatory_days.date': { vi: 'Ngày nghỉ bù', en: 'Compensatory day off' },
	'field.compensatory_days.for': {
		vi: 'Ngày lễ được nghỉ bù',
		en: 'Holiday compensated'
	},
	'field.makeup_workdays': { vi: 'Ngày làm bù', en: 'Make-up working days' },
	'field.makeup_workdays.date': { vi: 'Ngày làm bù', en: 'Make-up working day' },
	'field.makeup_workdays.for': {
		vi: 'Ngày nghỉ được hoán đổi',
		en: 'Day off swapped'
	},
	'field.office_hours': { vi: 'Giờ làm việc', en: 'Office hours' },
	'field.office_hours.morning_start': { vi: 'Giờ bắt đầu buổi sáng', en: 'Morning start' },
	'field.office_hours.morning_end': { vi: 'Giờ kết thúc buổi sáng', en: 'Morning end' },
	'field.office_hours.afternoon_start': { vi: 'Giờ bắt đầu buổi chiều', en: 'Afternoon start' },
	'field.office_hours.afternoon_end': { vi: 'Giờ kết thúc buổi chiều', en: 'Afternoon end' },
	'field.cutoff': { vi: 'Giờ chốt tiếp nhận trong ngày', en: 'Daily cut-off time' },
	'field.provisional': { vi: 'Lịch tạm tính', en: 'Provisional calendar' },

	// Labels of the inputs of the due-date functions (camelCase arguments, not document fields).
	'calendar.label.received_at': { vi: 'Thời điểm tiếp nhận', en: 'Time of receipt' },
	'calendar.label.time_limit': { vi: 'Thời hạn giải quyết', en: 'Processing time limit' },
	'calendar.label.appointment_at': { vi: 'Thời điểm hẹn trả kết quả', en: 'Appointment time' },
	'calendar.label.paused_from': { vi: 'Thời điểm bắt đầu tạm dừng', en: 'Pause start' },
	'calendar.label.paused_until': { vi: 'Thời điểm kết thúc tạm dừng', en: 'Pause end' },
	'calendar.label.date': { vi: 'Ngày', en: 'Date' },
	'calendar.label.days': { vi: 'Số ngày làm việc', en: 'Number of working days' },

	'error.calendar_missing': {
		vi: '{field}: chưa có lịch năm {year}, không tính được ngày làm việc và ngày hẹn trả kết quả. Hãy đồng bộ lịch từ cấp trên.',
		en: '{field}: no calendar for {year}, so working days and the appointment date cannot be computed. Sync the calendar from upstream.'
	},
	'error.calendar_id_mismatch': {
		vi: 'Mã lịch: phải là "calendar:{year}" (đang là "{id}").',
		en: 'Calendar id: must be "calendar:{year}" (it is "{id}").'
	},
	'error.calendar_date_outside_year': {
		vi: '{field}: ngày {date} không thuộc năm {year} của lịch.',
		en: '{field}: {date} is not in the calendar year {year}.'
	},
	'error.calendar_duplicate_date': {
		vi: '{field}: ngày {date} được khai báo hơn một lần.',
		en: '{field}: {date} is listed more than once.'
	},
	'error.calendar_holiday_and_makeup': {
		vi: '{field}: ngày {date} không thể vừa là ngày nghỉ vừa là ngày làm bù.',
		en: '{field}: {date} cannot be both a day off and a make-up working day.'
	},
	'error.calendar_compensatory_on_weekend': {
		vi: '{field}: ngày {date} là thứ Bảy hoặc Chủ nhật; ngày nghỉ bù phải là ngày làm việc (Bộ luật Lao động Điều 111 khoản 3).',
		en: '{field}: {date} is a Saturday or Sunday; a compensatory day off must be a working day (Labour Code Art 111(3)).'
	},
	'error.calendar_makeup_not_weekend': {
		vi: '{field}: ngày {date} không phải thứ Bảy hoặc Chủ nhật nên không thể là ngày làm bù.',
		en: '{field}: {date} is not a Saturday or Sunday, so it cannot be a make-up working day.'
	},
	'error.calendar_for_not_holiday': {
		vi: '{field}: ngày {for} không có trong danh sách ngày nghỉ lễ, tết của năm.',
		en: '{field}: {for} is not among the holidays of the year.'
	},
	'error.calendar_office_hours_order': {
		vi: '{field}: giờ bắt đầu buổi sáng, kết thúc buổi sáng, bắt đầu buổi chiều và kết thúc buổi chiều phải theo thứ tự tăng dần.',
		en: '{field}: morning start, morning end, afternoon start and afternoon end must be in increasing order.'
	},
	'error.calendar_cutoff_outside_hours': {
		vi: '{field}: giờ chốt {cutoff} phải nằm trong giờ làm việc ({start}–{end}).',
		en: '{field}: the cut-off {cutoff} must be within office hours ({start}–{end}).'
	},
	'error.calendar_pause_order': {
		vi: '{field}: phải sau thời điểm bắt đầu tạm dừng.',
		en: '{field}: must be after the start of the pause.'
	},
	'error.calendar_not_whole_days': {
		vi: '{field}: phải là số nguyên.',
		en: '{field}: must be a whole number.'
	},

	'calendar.day.workday': { vi: 'Ngày làm việc', en: 'Working day' },
	'calendar.day.makeup_workday': { vi: 'Ngày làm bù', en: 'Make-up working day' },
	'calendar.day.weekend': { vi: 'Ngày nghỉ hằng tuần', en: 'Weekly rest day' },
	'calendar.day.holiday': { vi: 'Ngày nghỉ lễ, tết', en: 'Public holiday' },
	'calendar.day.compensatory': { vi: 'Ngày nghỉ bù', en: 'Compensatory day off' },
	'calendar.provisional': {
		vi: 'Lịch năm {year} là lịch tạm tính theo Bộ luật Lao động, chưa có thông báo chính thức: ngày hẹn trả có thể phải điều chỉnh.',
		en: 'The {year} calendar is provisional, built from the Labour Code before the official notice: appointment dates may change.'
	},
	'calendar.afterCutoff': {
		vi: 'Tiếp nhận sau {cutoff}: thời hạn tính như hồ sơ tiếp nhận ngày làm việc tiếp theo ({date}).',
		en: 'Received after {cutoff}: the time limit runs as if received on the next working day ({date}).'
	},
	'calendar.outsideOfficeHours': {
		vi: 'Tiếp nhận ngoài ngày, giờ làm việc: tính như tiếp nhận lúc {time} ngày {date}.',
		en: 'Received outside working days or hours: counted as received at {time} on {date}.'
	}
} satisfies MessageTable;
