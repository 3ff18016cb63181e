import type { MessageTable } from '$lib/i18n/types';

/** Document photos and scans (issue 9): picking, storing, uploading, freeing space. */
export const mediaMessages = {
	'error.photos_over_cap': {
		vi: 'Ảnh của hồ sơ này sẽ nặng {total} MB, vượt mức {cap} MB cho một hồ sơ. Bỏ bớt ảnh hoặc chụp lại với ít trang hơn.',
		en: "This dossier's images would weigh {total} MB, over the {cap} MB limit per dossier. Remove some or take fewer pages."
	},
	'error.photo_type': {
		vi: 'Chỉ nhận ảnh (JPEG, PNG…) hoặc tệp PDF.',
		en: 'Only images (JPEG, PNG…) or PDF files are accepted.'
	},
	'error.photo_input_too_big': {
		vi: 'Tệp quá lớn (trên {cap} MB), không thể xử lý trên máy này.',
		en: 'The file is too large (over {cap} MB) to process on this device.'
	},
	'error.photo_unreadable': {
		vi: 'Không đọc được ảnh này. Hãy chụp lại hoặc chọn tệp khác.',
		en: 'This image cannot be read. Take it again or pick another file.'
	},
	'field.photos': { vi: 'Ảnh giấy tờ', en: 'Document images' },
	'media.title': { vi: 'Ảnh giấy tờ (số hoá)', en: 'Document images (digitised)' },
	'media.take': { vi: 'Chụp / chọn ảnh', en: 'Take / pick a photo' },
	'media.takeFor': { vi: 'Chụp hoặc chọn ảnh: {name}', en: 'Take or pick an image: {name}' },
	'media.remove': { vi: 'Bỏ ảnh', en: 'Remove image' },
	'media.preparing': { vi: 'Đang thu nhỏ ảnh…', en: 'Downscaling…' },
	'media.count': { vi: '{count} ảnh, {size} MB', en: '{count} images, {size} MB' },
	'media.none': { vi: 'Chưa có ảnh nào.', en: 'No images yet.' },
	'media.add': { vi: 'Thêm ảnh', en: 'Add images' },
	'media.saved': {
		vi: 'Đã lưu {count} ảnh trên thiết bị.',
		en: '{count} images saved on this device.'
	},
	'media.state.pending': { vi: 'chờ gửi', en: 'waiting to upload' },
	'media.state.uploaded': { vi: 'đã gửi lên', en: 'uploaded' },
	'media.state.fetched': { vi: 'đã tải về máy', en: 'on this device' },
	'media.unit.loading': {
		vi: 'Đang tải ảnh giấy tờ của hồ sơ từ cấp trên…',
		en: 'Fetching the dossier’s document photos from upstream…'
	},
	'media.unit.kept': {
		vi: 'Ảnh giấy tờ đã có trên máy, xem được cả khi mất mạng.',
		en: 'The document photos are on this device and open offline too.'
	},
	'media.unit.offline': {
		vi: 'Không kết nối được với máy chủ cấp trên: chỉ xem được những ảnh đã tải về trước đây. Ảnh còn thiếu sẽ được tải khi mở lại hồ sơ lúc có mạng.',
		en: 'Upstream cannot be reached: only the photos fetched before can be seen. The missing ones are fetched when the dossier is opened again online.'
	},
	'media.unit.failed': {
		vi: 'Chưa tải được {n} ảnh; sẽ thử lại khi mở lại hồ sơ.',
		en: '{n} photos could not be fetched; they are tried again when the dossier is opened.'
	},
	'media.unit.skipped': {
		vi: '{n} tài liệu trên máy chủ không phải ảnh giấy tờ hợp lệ nên đã bỏ qua (xem mục Sự cố đồng bộ).',
		en: '{n} documents upstream are not valid document photos and were skipped (see the sync problems).'
	},
	'media.state.dropped': {
		vi: 'đã gửi lên, bản trên máy đã xoá',
		en: 'uploaded, local copy removed'
	},
	'media.digitised': {
		vi: 'Số hoá: {done}/{total} giấy tờ có ảnh',
		en: 'Digitised: {done} of {total} documents have an image'
	},
	'media.complete': { vi: 'Hồ sơ đã số hoá đầy đủ', en: 'Fully digitised' },
	'media.close': { vi: 'Đóng', en: 'Close' },
	'media.view': { vi: 'Xem ảnh {name}', en: 'View image {name}' },
	'media.print': { vi: 'In ảnh giấy tờ', en: 'Print document images' },
	'media.printTitle': {
		vi: 'Ảnh giấy tờ của hồ sơ {code}',
		en: 'Document images of dossier {code}'
	},
	'media.pdf': { vi: 'Tệp PDF', en: 'PDF file' },
	'media.savedAfterIntake': {
		vi: 'Hồ sơ đã lưu nhưng ảnh chưa lưu được: {reason}. Thêm lại ảnh ở trang hồ sơ.',
		en: 'The dossier is saved but its images are not: {reason}. Add them again on the dossier page.'
	},
	'media.upload.title': { vi: 'Ảnh giấy tờ', en: 'Document images' },
	'media.upload.pending': {
		vi: 'Còn {count} ảnh chờ gửi ({size} MB); ảnh được gửi sau hồ sơ.',
		en: '{count} images waiting ({size} MB); images go after the records.'
	},
	'media.upload.done': { vi: 'Mọi ảnh đã gửi lên tuyến trên.', en: 'Every image is upstream.' },
	'media.upload.progress': {
		vi: 'Đang gửi ảnh {done}/{total}',
		en: 'Uploading image {done} of {total}'
	},
	'media.upload.failed': {
		vi: '{count} ảnh gửi chưa được, sẽ thử lại sau.',
		en: '{count} images failed to upload; will retry later.'
	},
	'media.storage.title': { vi: 'Dung lượng ảnh trên máy', en: 'Image storage on this device' },
	'media.storage.usage': {
		vi: 'Ảnh đang chiếm {size} MB ({count} ảnh). Có thể giải phóng {free} MB ảnh của hồ sơ đã xong và đã gửi lên.',
		en: 'Images use {size} MB ({count} images). {free} MB of images of closed, uploaded dossiers can be freed.'
	},
	'media.storage.free': {
		vi: 'Giải phóng ảnh cũ',
		en: 'Free old images'
	},
	'media.storage.freed': {
		vi: 'Đã giải phóng {size} MB ({count} ảnh). Hồ sơ vẫn giữ nguyên.',
		en: 'Freed {size} MB ({count} images). The records are untouched.'
	},
	'media.storage.needOnline': {
		vi: 'Cần có mạng để kiểm tra ảnh đã có ở tuyến trên trước khi xoá bản trên máy.',
		en: 'A connection is needed to confirm the images are upstream before removing local copies.'
	},
	'media.up.title': { vi: 'Số hoá hồ sơ', en: 'Digitised dossiers' },
	'media.up.complete': {
		vi: 'Hồ sơ số hoá đầy đủ / tổng số',
		en: 'Fully digitised / all dossiers'
	},
	'media.up.images': { vi: 'Số ảnh, tệp đã nhận', en: 'Images and files received' }
} satisfies MessageTable;
