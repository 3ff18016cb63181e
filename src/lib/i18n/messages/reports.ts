import type { MessageTable } from '$lib/i18n/types';

/** Reports (issue 7): the period report, its charts, print layout and spreadsheets; book export. */
export const reportsMessages = {
	'nav.reports': { vi: 'Báo cáo', en: 'Reports' },
	'reports.title': { vi: 'Báo cáo kết quả giải quyết hồ sơ', en: 'Dossier processing report' },
	'reports.formTitle': {
		vi: 'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
		en: 'REPORT ON THE PROCESSING OF ADMINISTRATIVE PROCEDURES'
	},
	'reports.unit': { vi: 'Đơn vị báo cáo: {name}', en: 'Reporting unit: {name}' },
	'reports.recipient': {
		vi: 'Nơi nhận: cơ quan cấp trên',
		en: 'To: the upstream office'
	},
	'reports.periodLine': {
		vi: 'Kỳ báo cáo: {label} (từ ngày {from} đến ngày {to})',
		en: 'Period: {label} ({from} to {to})'
	},
	'reports.asOfLine': {
		vi: 'Số liệu tính đến {at}.',
		en: 'Figures as of {at}.'
	},
	'reports.kind': { vi: 'Kỳ báo cáo', en: 'Period' },
	'reports.kind.month': { vi: 'Tháng', en: 'Month' },
	'reports.kind.quarter': { vi: 'Quý', en: 'Quarter' },
	'reports.kind.year': { vi: 'Năm', en: 'Year' },
	'reports.kind.custom': { vi: 'Tùy chọn', en: 'Custom' },
	'reports.year': { vi: 'Năm', en: 'Year' },
	'reports.month': { vi: 'Tháng', en: 'Month' },
	'reports.quarter': { vi: 'Quý', en: 'Quarter' },
	'reports.from': { vi: 'Từ ngày', en: 'From' },
	'reports.to': { vi: 'Đến ngày', en: 'To' },
	'reports.label.month': { vi: 'tháng {month}/{year}', en: '{month}/{year}' },
	'reports.label.quarter': { vi: 'quý {quarter} năm {year}', en: 'Q{quarter} {year}' },
	'reports.label.year': { vi: 'năm {year}', en: 'year {year}' },
	'reports.label.custom': { vi: 'tùy chọn', en: 'custom range' },
	'reports.loading': { vi: 'Đang tính…', en: 'Computing…' },
	'reports.xlsx': { vi: 'Tải XLSX', en: 'Download XLSX' },
	'reports.csv': { vi: 'Tải CSV', en: 'Download CSV' },
	'reports.print': { vi: 'In báo cáo', en: 'Print the report' },
	'reports.exportFailed': {
		vi: 'Không tạo được tệp: {reason}',
		en: 'Could not make the file: {reason}'
	},
	'reports.figures': { vi: 'Số liệu chính', en: 'Key figures' },
	'reports.f.handled': { vi: 'Tổng số hồ sơ phải giải quyết', en: 'Dossiers to handle' },
	'reports.f.carried': { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
	'reports.f.received': { vi: 'Tiếp nhận trong kỳ', en: 'Received in the period' },
	'reports.f.receivedOnline': { vi: 'Trực tuyến', en: 'Online' },
	'reports.f.receivedOffline': { vi: 'Trực tiếp, bưu chính', en: 'In person, by post' },
	'reports.f.resolved': { vi: 'Đã giải quyết', en: 'Resolved' },
	'reports.f.early': { vi: 'Trước hạn', en: 'Early' },
	'reports.f.onTime': { vi: 'Đúng hạn', en: 'On time' },
	'reports.f.late': { vi: 'Quá hạn', en: 'Late' },
	'reports.f.pending': { vi: 'Đang giải quyết', en: 'In progress' },
	'reports.f.notDue': { vi: 'Trong hạn', en: 'Not yet due' },
	'reports.f.overdue': { vi: 'Quá hạn', en: 'Overdue' },
	'reports.f.refused': { vi: 'Từ chối', en: 'Refused' },
	'reports.f.withdrawn': { vi: 'Rút, dừng xử lý', en: 'Withdrawn' },
	'reports.f.returned': { vi: 'Đã trả kết quả', en: 'Results returned' },
	'reports.f.rate': {
		vi: 'Tỷ lệ đúng hạn vận hành, tính cả hồ sơ đang quá hạn (%)',
		en: 'Operational on-time rate, overdue dossiers in progress included (%)'
	},
	'reports.f.rate766': {
		vi: 'Tỷ lệ giải quyết đúng hạn theo QĐ 766 (%)',
		en: 'On-time rate, national 766 formula (%)'
	},
	'reports.f.avgDays': {
		vi: 'Thời gian giải quyết trung bình (ngày)',
		en: 'Average processing time (days)'
	},
	'reports.f.maxDays': {
		vi: 'Thời gian giải quyết dài nhất (ngày)',
		en: 'Longest processing time (days)'
	},
	'reports.f.rated': { vi: 'Lượt đánh giá', en: 'Ratings' },
	'reports.f.verySatisfied': { vi: 'Rất hài lòng', en: 'Very satisfied' },
	'reports.f.satisfied': { vi: 'Hài lòng', en: 'Satisfied' },
	'reports.f.dissatisfied': { vi: 'Không hài lòng', en: 'Dissatisfied' },
	'reports.f.satisfaction': {
		vi: 'Tỷ lệ lượt đánh giá hài lòng (%)',
		en: 'Satisfied share of ratings (%)'
	},
	'reports.f.satisfaction766': {
		vi: 'Mức độ hài lòng theo QĐ 766 (%)',
		en: 'Satisfaction, national 766 formula (%)'
	},
	'reports.f.disliked': {
		vi: 'Không hài lòng hoặc có phản ánh, kiến nghị',
		en: 'Dissatisfied or with a complaint'
	},
	'reports.rules.title': { vi: 'Cách tính các tỷ lệ', en: 'How the rates are computed' },
	'reports.rules.rate766': {
		vi: 'Tỷ lệ đúng hạn theo QĐ 766/QĐ-TTg: số hồ sơ giải quyết trước hạn và đúng hạn chia cho số hồ sơ đã giải quyết trong kỳ (kể cả hồ sơ từ chối giải quyết); thời gian bổ sung hồ sơ được trừ, yêu cầu bổ sung quá một lần tính là quá hạn.',
		en: 'On-time rate by Decision 766/QĐ-TTg: dossiers resolved early or on time divided by dossiers resolved in the period (refusals included); supplement time is subtracted, more than one supplement request counts as late.'
	},
	'reports.rules.rate': {
		vi: 'Tỷ lệ đúng hạn vận hành (MotCua, không phải chỉ số quốc gia): như trên nhưng mẫu số cộng thêm hồ sơ đang giải quyết đã quá hạn, để hồ sơ tồn đọng không bị che khuất.',
		en: 'Operational on-time rate (MotCua, not a national index): as above, but the denominator also counts dossiers in progress past their deadline, so a backlog is not hidden.'
	},
	'reports.rules.satisfaction766': {
		vi: 'Mức độ hài lòng theo QĐ 766/QĐ-TTg: 100% trừ (tỷ lệ hồ sơ quá hạn + tỷ lệ hồ sơ không hài lòng hoặc có phản ánh, kiến nghị), cùng tính trên số hồ sơ đã giải quyết trong kỳ; đạt điểm tối đa khi từ 90% trở lên.',
		en: 'Satisfaction by Decision 766/QĐ-TTg: 100% minus (share of late dossiers + share of dossiers rated dissatisfied or with a complaint), both over the dossiers resolved in the period; full score from 90%.'
	},
	'reports.rules.satisfaction': {
		vi: 'Tỷ lệ lượt đánh giá hài lòng: số lượt rất hài lòng và hài lòng chia cho tổng số lượt đánh giá trong kỳ.',
		en: 'Satisfied share of ratings: very satisfied and satisfied ratings divided by all ratings in the period.'
	},
	'reports.none': { vi: '—', en: '—' },
	'reports.rateDefinition': {
		vi: 'Tỷ lệ đúng hạn = (số hồ sơ giải quyết trước hạn + đúng hạn) ÷ (số hồ sơ đã giải quyết trong kỳ + số hồ sơ đang giải quyết đã quá hạn) × 100. Mỗi hồ sơ được so với hạn giải quyết theo cách tính của Bộ chỉ số 766: trừ thời gian chờ công dân bổ sung, hồ sơ yêu cầu bổ sung quá một lần tính là quá hạn, văn bản xin lỗi hẹn lại không làm hồ sơ thành đúng hạn. Hồ sơ rút không tính. Hồ sơ bị từ chối tính vào số đã giải quyết.',
		en: 'On-time rate = (dossiers resolved early + on time) ÷ (dossiers resolved in the period + dossiers still in progress and overdue) × 100. Each dossier is judged against its deadline as the 766 index does: time waiting for the citizen to supplement is subtracted, more than one supplement request counts as late, an apology with a new date does not make it on time. Withdrawn dossiers are left out; refusals count as resolved.'
	},
	'reports.timeDefinition': {
		vi: 'Thời gian giải quyết tính bằng ngày (24 giờ) từ lúc tiếp nhận đến lúc có kết quả hoặc từ chối, trừ thời gian chờ công dân bổ sung.',
		en: 'Processing time is in days (24 hours) from receipt to the result or the refusal, less the time waiting for a supplement.'
	},
	'reports.chart.byField': { vi: 'Số hồ sơ theo lĩnh vực', en: 'Dossiers by field' },
	'reports.chart.byFieldDesc': {
		vi: 'Mỗi lĩnh vực: cột đặc là số tiếp nhận, cột gạch chéo là số đã giải quyết; số ghi ở cuối cột.',
		en: 'Per field: solid bar received, hatched bar resolved; values at the end of each bar.'
	},
	'reports.chart.trend': { vi: 'Tỷ lệ đúng hạn theo tháng', en: 'On-time rate by month' },
	'reports.chart.trendDesc': {
		vi: 'Tỷ lệ đúng hạn (%) của từng tháng; tháng không có hồ sơ được đánh giá để trống.',
		en: 'On-time rate (%) of each month; months with nothing judged are left blank.'
	},
	'reports.table.byField': { vi: 'Theo lĩnh vực', en: 'By field' },
	'reports.table.byProcedure': { vi: 'Theo thủ tục hành chính', en: 'By procedure' },
	'reports.table.summary': { vi: 'Tổng hợp', en: 'Summary' },
	'reports.table.trend': { vi: 'Xu hướng', en: 'Trend' },
	'reports.col.no': { vi: 'STT', en: 'No.' },
	'reports.col.field': { vi: 'Lĩnh vực', en: 'Field' },
	'reports.col.procedure': { vi: 'Thủ tục hành chính', en: 'Procedure' },
	'reports.col.code': { vi: 'Mã', en: 'Code' },
	'reports.col.month': { vi: 'Tháng', en: 'Month' },
	'reports.col.item': { vi: 'Chỉ tiêu', en: 'Item' },
	'reports.col.value': { vi: 'Số liệu', en: 'Value' },
	'reports.col.group': { vi: 'Nhóm', en: 'Group' },
	'reports.total': { vi: 'Tổng cộng', en: 'Total' },
	'reports.empty': {
		vi: 'Không có hồ sơ nào trong kỳ này.',
		en: 'No dossier in this period.'
	},
	'reports.signMaker': { vi: 'Người lập biểu', en: 'Prepared by' },
	'reports.signHead': { vi: 'Thủ trưởng đơn vị', en: 'Head of the unit' },
	'reports.signHint': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
	'reports.dateLine': { vi: '…, ngày {d} tháng {m} năm {y}', en: '…, {d}/{m}/{y}' },
	'reports.upstreamLink': {
		vi: 'Báo cáo của cấp trên (mọi xã)',
		en: 'Upstream report (every commune)'
	},
	'reports.up.title': {
		vi: 'Báo cáo tổng hợp của cấp trên',
		en: 'Upstream report, every commune'
	},
	'reports.up.intro': {
		vi: 'Đăng nhập bằng tài khoản cấp trên để đọc cơ sở dữ liệu của từng xã qua mạng và tính báo cáo trên máy này.',
		en: 'Log in with the upstream account to read each commune database over the network and compute the report on this device.'
	},
	'reports.up.username': { vi: 'Tên đăng nhập', en: 'User name' },
	'reports.up.password': { vi: 'Mật khẩu', en: 'Password' },
	'reports.up.run': { vi: 'Lập báo cáo', en: 'Make the report' },
	'reports.up.reading': { vi: 'Đang đọc xã {name}…', en: 'Reading {name}…' },
	'reports.up.failed': {
		vi: 'Không đọc được xã {name}: {reason}',
		en: 'Could not read {name}: {reason}'
	},
	'reports.up.commune': { vi: 'Xã, phường', en: 'Commune' },
	'reports.up.unauthorized': {
		vi: 'sai tên đăng nhập hoặc mật khẩu',
		en: 'wrong user name or password'
	},
	'reports.up.offline': { vi: 'không có kết nối mạng', en: 'no network' },
	'reports.up.http': { vi: 'máy chủ trả lỗi {status}', en: 'server answered {status}' },
	'book.xlsx': { vi: 'Tải sổ (XLSX)', en: 'Download the book (XLSX)' },
	'book.xlsxSheet': { vi: 'Sổ theo dõi hồ sơ', en: 'Tracking book' },
	'book.x.sets': { vi: 'Số lượng hồ sơ (bộ)', en: 'Sets' },
	'book.x.agency': { vi: 'Cơ quan chủ trì giải quyết', en: 'Leading agency' },
	'book.x.received': { vi: 'Nhận hồ sơ', en: 'Received' },
	'book.x.due': { vi: 'Hẹn trả kết quả', en: 'Appointment' },
	'book.x.sent': {
		vi: 'Chuyển hồ sơ đến cơ quan giải quyết',
		en: 'Sent to the deciding agency'
	},
	'book.x.back': {
		vi: 'Nhận kết quả từ cơ quan giải quyết',
		en: 'Result back from the agency'
	},
	'book.x.returned': { vi: 'Trả kết quả cho cá nhân, tổ chức', en: 'Result handed over' },
	'book.x.note': { vi: 'Ghi chú', en: 'Notes' }
} satisfies MessageTable;
