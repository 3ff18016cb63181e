import type { MessageTable } from '$lib/i18n/types';

/** Labels of the screens. */
export const uiMessages = {
	'home.title': { vi: 'Bộ phận một cửa', en: 'One-stop office' },
	'home.catalogCount': {
		vi: 'Danh mục có {count} thủ tục hành chính',
		en: 'The catalog holds {count} administrative procedures'
	},
	'home.calendarYears': {
		vi: 'Lịch làm việc đã có cho các năm: {years}',
		en: 'Working calendars available for: {years}'
	},
	'home.noCalendar': {
		vi: 'Chưa có lịch làm việc năm {year}: ngày hẹn trả có thể sai. Hãy đồng bộ với cấp trên.',
		en: 'No working calendar for {year}: appointment dates may be wrong. Sync with upstream.'
	},
	'home.dossierCount': {
		vi: 'Sổ theo dõi trên máy này có {count} hồ sơ',
		en: 'The tracking book on this device holds {count} dossiers'
	},
	'nav.language': { vi: 'English', en: 'Tiếng Việt' },
	'nav.label': { vi: 'Điều hướng chính', en: 'Main navigation' },
	'nav.today': { vi: 'Hôm nay', en: 'Today' },
	'nav.intake': { vi: 'Tiếp nhận hồ sơ', en: 'Intake' },
	'nav.book': { vi: 'Sổ theo dõi', en: 'Tracking book' },
	'nav.catalog': { vi: 'Danh mục thủ tục', en: 'Procedures' },
	'nav.settings': { vi: 'Thiết bị', en: 'Device' },
	'settings.title': { vi: 'Thiết lập thiết bị', en: 'Device setup' },
	'settings.deviceId': { vi: 'Mã thiết bị: {id}', en: 'Device id: {id}' },
	'settings.commune': { vi: 'Xã, phường phục vụ', en: 'Commune served' },
	'settings.chooseCommune': { vi: '— Chọn xã, phường —', en: '— Choose a commune —' },
	'settings.officerName': { vi: 'Họ và tên cán bộ tiếp nhận', en: 'Receiving officer’s full name' },
	'settings.officerId': { vi: 'Mã cán bộ', en: 'Officer id' },
	'settings.slot': { vi: 'Số khe (slot) của thiết bị, 0–9', en: 'Device slot, 0–9' },
	'settings.slotHelp': {
		vi: 'Do cấp trên cấp khi đăng ký thiết bị. Hai thiết bị của cùng một xã không bao giờ được dùng chung một số khe, nếu không mã hồ sơ sẽ bị trùng. Để trống nếu chưa được cấp.',
		en: 'Given by upstream when the device is enrolled. Two devices of one commune must never share a slot, or dossier codes will collide. Leave empty if none was given.'
	},
	'settings.save': { vi: 'Lưu thiết lập', en: 'Save setup' },
	'settings.saved': { vi: 'Đã lưu thiết lập thiết bị.', en: 'Device setup saved.' },
	'maintenance.title': { vi: 'Sao lưu và sửa chữa', en: 'Backup and repair' },
	'maintenance.backup': { vi: 'Sao lưu ra tệp', en: 'Back up to a file' },
	'maintenance.restore': { vi: 'Khôi phục từ tệp', en: 'Restore from a file' },
	'maintenance.rebuild': { vi: 'Dựng lại sổ theo dõi', en: 'Rebuild the tracking book' },
	'maintenance.noCommune': {
		vi: 'Thiết bị chưa được thiết lập xã, phường.',
		en: 'This device has no commune yet.'
	},
	'maintenance.backupDone': { vi: 'Đã lưu tệp sao lưu {name}.', en: 'Saved backup file {name}.' },
	'maintenance.restoreDone': {
		vi: 'Đã khôi phục: thêm mới {added} trong {total} bản ghi của tệp.',
		en: 'Restored: {added} of the file’s {total} records were new.'
	},
	'maintenance.restoreChecksum': {
		vi: 'Tệp sao lưu bị hỏng hoặc đã bị sửa (sai mã kiểm tra): không khôi phục gì.',
		en: 'The backup file is damaged or was edited (checksum mismatch): nothing restored.'
	},
	'maintenance.restoreWrongCommune': {
		vi: 'Tệp sao lưu là của đơn vị {found}, không phải của xã đang dùng: không khôi phục gì.',
		en: 'The backup belongs to unit {found}, not this commune: nothing restored.'
	},
	'maintenance.restoreInvalid': {
		vi: 'Tệp sao lưu có bản ghi không hợp lệ ({id}): không khôi phục gì.',
		en: 'The backup holds an invalid record ({id}): nothing restored.'
	},
	'maintenance.restoreNotBackup': {
		vi: 'Đây không phải tệp sao lưu của MotCua: không khôi phục gì.',
		en: 'This is not a MotCua backup file: nothing restored.'
	},
	'maintenance.rebuildDone': {
		vi: 'Đã dựng lại sổ theo dõi từ {count} hồ sơ.',
		en: 'Rebuilt the tracking book from {count} dossiers.'
	}
} satisfies MessageTable;
