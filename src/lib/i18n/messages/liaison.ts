import type { MessageTable } from '$lib/i18n/types';

/** The inter-level one-stop (một cửa liên thông, issue 17): transfers up, the upstream workspace. */
export const liaisonMessages = {
	'event.upstream_accepted': { vi: 'Cấp trên tiếp nhận hồ sơ liên thông', en: 'Accepted upstream' },
	'event.upstream_supplement_requested': {
		vi: 'Cấp trên yêu cầu xã bổ sung hồ sơ',
		en: 'Upstream asks the commune for a supplement'
	},
	'event.upstream_resolved': {
		vi: 'Cấp trên giải quyết, chuyển kết quả về xã',
		en: 'Resolved upstream, result sent to the commune'
	},
	'event.upstream_refused': { vi: 'Cấp trên từ chối giải quyết', en: 'Refused upstream' },
	'event.upstream_sent_back': {
		vi: 'Cấp trên trả hồ sơ về xã',
		en: 'Sent back to the commune'
	},
	'error.not_transferred': {
		vi: 'Hồ sơ {code} không được chuyển đến đơn vị này (hoặc đơn vị đã kết thúc xử lý): không thể ghi bước xử lý của cấp trên.',
		en: 'Dossier {code} was not transferred to this unit (or the unit has finished with it): an upstream step cannot be recorded.'
	},
	'flag.not_transferred': {
		vi: 'Đơn vị cấp trên «{unit}» đã ghi bước «{step}» cho hồ sơ {code}, nhưng hồ sơ này không được chuyển đến đơn vị đó (hoặc đơn vị đã kết thúc xử lý). Bước này không được tính; nếu thấy lạ, hãy báo cấp trên.',
		en: 'Upstream unit “{unit}” recorded the step “{step}” for dossier {code}, but the dossier was not transferred to that unit (or the unit had finished with it). The step does not count; report it upstream if it looks wrong.'
	},
	'error.already_accepted': {
		vi: 'Hồ sơ {code} đã được cấp trên tiếp nhận rồi.',
		en: 'Dossier {code} was already accepted upstream.'
	},
	'error.held_upstream': {
		vi: 'Hồ sơ {code} đang được cấp trên giải quyết: xã chưa thể giải quyết, từ chối hay chuyển tiếp cho đến khi cấp trên trả kết quả hoặc trả hồ sơ về.',
		en: 'Dossier {code} is being handled upstream: the commune cannot resolve, refuse or transfer it until upstream answers or sends it back.'
	},
	'field.to_unit': { vi: 'Đơn vị cấp trên nhận hồ sơ', en: 'Upstream unit' },
	'field.transfer_id': { vi: 'Lần chuyển hồ sơ', en: 'Transfer' },
	'liaison.otherAgency': {
		vi: 'Cơ quan khác (chuyển bằng giấy)',
		en: 'Another agency (on paper)'
	},
	'liaison.heldBy': { vi: 'Đang ở cấp trên: {unit}', en: 'Held upstream: {unit}' },
	'liaison.phase.sent': { vi: 'đã chuyển, chờ tiếp nhận', en: 'sent, awaiting acceptance' },
	'liaison.phase.accepted': { vi: 'cấp trên đang giải quyết', en: 'being handled upstream' },
	'liaison.phase.closed': { vi: 'cấp trên đã kết thúc', en: 'finished upstream' },
	'liaison.photos': { vi: '{n} ảnh giấy tờ gửi kèm', en: '{n} document photos attached' },
	'liaison.levels': { vi: 'Thời gian theo cấp', en: 'Time at each level' },
	'liaison.level.commune': { vi: 'Tại xã', en: 'At the commune' },
	'liaison.level.upstream': { vi: 'Tại cấp trên', en: 'Upstream' },
	'liaison.inbox.title': { vi: 'Hồ sơ liên thông chuyển đến', en: 'Dossiers transferred to us' },
	'liaison.inbox.intro': {
		vi: 'Hồ sơ các xã chuyển đến {unit}. Mỗi bước xử lý được ghi vào sổ của xã, xã thấy ngay khi có mạng.',
		en: 'Dossiers the communes transferred to {unit}. Every step is written into the commune’s own book, which sees it as soon as there is a link.'
	},
	'liaison.role': { vi: 'Cán bộ cấp trên: {unit}', en: 'Upstream officer: {unit}' },
	'liaison.commune': { vi: 'Xã gửi', en: 'From commune' },
	'action.upstreamAccept': { vi: 'Tiếp nhận hồ sơ liên thông', en: 'Accept the transfer' },
	'action.upstreamSupplement': {
		vi: 'Yêu cầu xã bổ sung hồ sơ',
		en: 'Ask the commune for a supplement'
	},
	'action.upstreamResolve': {
		vi: 'Giải quyết, chuyển kết quả về xã',
		en: 'Resolve, send the result'
	},
	'action.upstreamRefuse': { vi: 'Từ chối giải quyết', en: 'Refuse' },
	'action.upstreamSendBack': { vi: 'Trả hồ sơ về xã', en: 'Send back to the commune' },
	'action.sendBackReason': { vi: 'Lý do trả hồ sơ về xã', en: 'Why it goes back' },
	'liaison.sync.unit': {
		vi: 'Đơn vị cấp trên {unit}: {n} hồ sơ liên thông',
		en: 'Upstream unit {unit}: {n} transferred dossiers'
	},
	'reports.levels.title': {
		vi: 'Hồ sơ liên thông: thời gian theo cấp',
		en: 'Transferred dossiers: time at each level'
	},
	'reports.levels.dossiers': {
		vi: 'Số hồ sơ liên thông đã kết thúc',
		en: 'Transferred dossiers ended'
	},
	'reports.levels.before': {
		vi: 'Tại xã trước khi chuyển',
		en: 'At the commune before the transfer'
	},
	'reports.levels.upstream': { vi: 'Tại đơn vị cấp trên', en: 'At the upstream unit' },
	'reports.levels.after': {
		vi: 'Tại xã sau khi nhận lại, đến khi trả kết quả',
		en: 'Back at the commune until the return'
	},
	'reports.levels.onTime': {
		vi: 'Tỷ lệ đúng hạn (cả chuỗi liên thông)',
		en: 'On-time rate (whole chain)'
	},
	'reports.levels.days': { vi: '{n} ngày làm việc', en: '{n} working days' },
	'reports.levels.rate': { vi: '{rate}% ({n}/{of} hồ sơ)', en: '{rate}% ({n} of {of} dossiers)' },
	'reports.levels.uncounted': {
		vi: '{n} hồ sơ chưa tính được số ngày vì máy chưa có lịch làm việc của năm đó: hãy đồng bộ danh mục.',
		en: '{n} dossiers could not be counted: this device has no working calendar for their year. Sync the catalog.'
	},
	'reports.levels.rule': {
		vi: 'Trung bình số ngày làm việc của các hồ sơ liên thông kết thúc trong kỳ (đã trả kết quả, hoặc kết thúc mà không trả): tại xã từ khi tiếp nhận đến khi chuyển, tại cấp trên từ khi chuyển đến khi cấp trên trả kết quả hoặc trả hồ sơ, và tại xã từ đó đến khi trả kết quả. Mỗi khoảng tính từ ngày làm việc kế tiếp đến hết ngày kết thúc (Điều 147 Bộ luật Dân sự), nên ba khoảng cộng lại bằng cả chuỗi. Đúng hạn tính trên thời hạn của cả quy trình liên thông, ấn định khi xã tiếp nhận (Quyết định 766: sớm hạn và đúng hạn trên số đã có kết quả).',
		en: 'Average working days of the transferred dossiers that ended in the period (returned, or closed without a return): at the commune from receipt to the transfer, upstream from the transfer until the unit answered or sent it back, and at the commune from then to the return. Each span counts from the next working day to the end of the day it ends (Civil Code Art 147), so the three add up to the whole chain. On time is judged against the deadline of the whole chain, set when the commune received it (Decision 766: early and on time over those with a result).'
	}
} satisfies MessageTable;
