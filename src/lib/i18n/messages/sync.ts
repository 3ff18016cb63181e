import type { MessageTable } from '$lib/i18n/types';

/** The sync screen and badge (src/routes/sync, src/lib/ui/sync). */
export const syncMessages = {
	'nav.sync': { vi: 'Đồng bộ', en: 'Sync' },
	'sync.title': { vi: 'Đồng bộ với cấp trên', en: 'Sync with upstream' },
	'sync.username': { vi: 'Tên đăng nhập', en: 'User name' },
	'sync.password': { vi: 'Mật khẩu', en: 'Password' },
	'sync.login': { vi: 'Đăng nhập', en: 'Log in' },
	'sync.unlock': { vi: 'Mở khoá đồng bộ', en: 'Unlock sync' },
	'sync.unlockHelp': {
		vi: 'Nhập mật khẩu của {name} để tiếp tục đồng bộ. Khi không có mạng, mật khẩu được kiểm tra ngay trên máy.',
		en: 'Enter the password of {name} to resume syncing. With no network the password is checked on this device.'
	},
	'sync.logout': { vi: 'Đăng xuất', en: 'Log out' },
	'sync.now': { vi: 'Đồng bộ ngay', en: 'Sync now' },
	'sync.loggedInAs': { vi: 'Đang đồng bộ với tài khoản {name}.', en: 'Syncing as {name}.' },
	'sync.error.bad_credentials': {
		vi: 'Sai tên đăng nhập hoặc mật khẩu.',
		en: 'Wrong user name or password.'
	},
	'sync.error.offline': {
		vi: 'Không kết nối được máy chủ cấp trên. Lần đăng nhập đầu tiên trên máy này cần có mạng.',
		en: 'Cannot reach the upstream server. The first login on this device needs the network.'
	},
	'sync.error.no_role': {
		vi: 'Tài khoản này chưa được gán cho xã, phường nào. Hãy liên hệ cấp trên.',
		en: 'This account is not assigned to any commune. Contact upstream.'
	},
	'sync.error.no_free_slot': {
		vi: 'Xã đã dùng hết 10 số khe thiết bị: chưa cấp được số khe cho máy này. Hãy liên hệ cấp trên.',
		en: 'The commune has used all 10 device slots: this device got none. Contact upstream.'
	},
	'sync.phase.off': { vi: 'Chưa đăng nhập đồng bộ', en: 'Not logged in for sync' },
	'sync.phase.locked': { vi: 'Đồng bộ đang khoá', en: 'Sync locked' },
	'sync.phase.connecting': { vi: 'Đang kết nối…', en: 'Connecting…' },
	'sync.phase.downloading': { vi: 'Đang tải dữ liệu lần đầu…', en: 'First download…' },
	'sync.phase.syncing': { vi: 'Đang đồng bộ…', en: 'Syncing…' },
	'sync.phase.idle': { vi: 'Đã đồng bộ', en: 'In sync' },
	'sync.phase.retrying': { vi: 'Mất kết nối, sẽ thử lại', en: 'Link down, will retry' },
	'sync.phase.stopped': { vi: 'Đồng bộ đã dừng', en: 'Sync stopped' },
	'sync.progress': {
		vi: 'Đã tải {done} / {total} bản ghi',
		en: 'Downloaded {done} of {total} records'
	},
	'sync.pending': {
		vi: '{count} thay đổi trên máy chưa gửi lên cấp trên',
		en: '{count} local changes not yet sent upstream'
	},
	'sync.lastSuccess': { vi: 'Đồng bộ thành công lần cuối: {at}', en: 'Last successful sync: {at}' },
	'sync.never': { vi: 'Chưa đồng bộ lần nào.', en: 'Never synced.' },
	'sync.denied': {
		vi: '{count} bản ghi bị máy chủ từ chối: vẫn được giữ trên máy, không gửi lại.',
		en: '{count} records refused by the server: kept on this device, not resent.'
	},
	'sync.problem.offline': {
		vi: 'Không có mạng hoặc không tới được máy chủ. Dữ liệu vẫn lưu trên máy; sẽ tự đồng bộ khi có mạng.',
		en: 'No network or the server is unreachable. Records are safe on this device; sync resumes by itself.'
	},
	'sync.problem.unauthorized': {
		vi: 'Phiên đăng nhập hết hạn hoặc mật khẩu đã đổi: hãy đăng nhập lại.',
		en: 'Login expired or the password changed: log in again.'
	},
	'sync.problem.forbidden': {
		vi: 'Máy chủ từ chối: tài khoản không có quyền với dữ liệu này. Hãy liên hệ cấp trên.',
		en: 'The server refused: this account has no access to these records. Contact upstream.'
	},
	'sync.problem.clock_skew': {
		vi: 'Đồng hồ máy lệch {minutes} phút so với máy chủ: hãy chỉnh lại ngày giờ của máy, nếu không giờ trên phiếu sẽ sai.',
		en: 'The device clock is {minutes} minutes off the server: fix the date and time, or receipt times will be wrong.'
	},
	'sync.problem.denied': {
		vi: 'Máy chủ từ chối {count} bản ghi.',
		en: 'The server refused {count} records.'
	},
	'sync.problem.storage_full': {
		vi: 'Bộ nhớ máy đã đầy: không nhận thêm dữ liệu được. Hãy giải phóng dung lượng.',
		en: 'Device storage is full: nothing more can be received. Free some space.'
	},
	'sync.problem.server': {
		vi: 'Máy chủ cấp trên đang lỗi (mã {status}). Sẽ tự thử lại.',
		en: 'The upstream server has an error (code {status}). Will retry.'
	},
	'enrol.title': { vi: 'Thiết bị này chưa được ghi danh', en: 'This device is not enrolled yet' },
	'enrol.body': {
		vi: 'Trước khi tiếp nhận hồ sơ, hãy ghi danh thiết bị: vào mục Đồng bộ, đăng nhập bằng tài khoản cán bộ của xã (cần có mạng một lần). Thiết bị sẽ nhận số thứ tự từ cấp trên để cấp mã hồ sơ không trùng, rồi tự đồng bộ; sau đó làm việc được cả khi mất mạng.',
		en: 'Before receiving dossiers, enrol this device: go to Sync and log in with the commune officer account (a network is needed once). The device gets its number from upstream, so its dossier codes never collide, then syncs by itself; from then on it works offline too.'
	},
	'enrol.action': { vi: 'Ghi danh thiết bị', en: 'Enrol this device' },
	'field.upstream_url': { vi: 'Máy chủ cấp trên', en: 'Upstream server' },
	'sync.upstream.help': {
		vi: 'Địa chỉ CouchDB của cấp trên, ví dụ https://couch.dienbien.gov.vn. Để trống nếu máy chủ đồng bộ cùng địa chỉ với ứng dụng.',
		en: 'The upstream CouchDB address, e.g. https://couch.dienbien.gov.vn. Leave blank when it is served with the app.'
	},
	'sync.upstream.current': { vi: 'Máy chủ cấp trên: {url}', en: 'Upstream server: {url}' },
	'error.upstream_url.invalid': {
		vi: '{field}: phải là địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://, không có dấu ? hay #.',
		en: '{field}: must be a full address starting with https:// or http://, with no ? or #.'
	},
	'error.upstream_url.credentials': {
		vi: '{field}: không ghi tên đăng nhập hay mật khẩu vào địa chỉ; hãy nhập chúng vào ô bên dưới.',
		en: '{field}: do not put a user name or password in the address; type them in the fields below.'
	},
	'error.upstream_url.insecure': {
		vi: '{field}: ứng dụng đang chạy qua https nên máy chủ cấp trên cũng phải dùng https.',
		en: '{field}: the app runs over https, so the upstream server must use https too.'
	},
	'sync.error.not_couchdb': {
		vi: 'Địa chỉ này trả lời nhưng không phải máy chủ CouchDB. Hãy kiểm tra lại địa chỉ cấp trên đã cung cấp.',
		en: 'This address answers, but it is not a CouchDB server. Check the address upstream gave you.'
	},
	'sync.error.unreachable': {
		vi: 'Không kết nối được tới máy chủ này (không có mạng, sai địa chỉ, hoặc máy chủ chưa cho phép ứng dụng truy cập từ địa chỉ khác: CORS).',
		en: 'Could not reach this server (no network, a wrong address, or the server does not allow the app from another origin: CORS).'
	},
	'sync.clock.ok': {
		vi: 'Đồng hồ máy khớp với máy chủ (lệch {minutes} phút).',
		en: 'The device clock agrees with the server ({minutes} min apart).'
	},
	'sync.clock.off': {
		vi: 'Đồng hồ máy lệch {minutes} phút so với máy chủ: hãy chỉnh lại giờ của máy. Ngày hẹn vẫn tính đúng theo giờ Việt Nam.',
		en: 'The device clock is {minutes} min off the server: set the device time. Appointment dates are still computed in Vietnam time.'
	},
	'sync.clock.unknown': {
		vi: 'Chưa kiểm tra được đồng hồ với máy chủ (máy chủ ở địa chỉ khác không cho đọc giờ của nó).',
		en: 'The clock could not be checked against the server (a server on another origin does not expose its time).'
	}
} satisfies MessageTable;
