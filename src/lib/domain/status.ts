import { z } from 'zod';
import type { MessageKey } from '$lib/i18n';

/**
 * Dossier statuses, one to one with the 10 codes of the national public-service portal
 * (Cổng Dịch vụ công quốc gia, DVCQG; DOMAIN.md section 0 fact 9), so the upstream sync can
 * report them without a mapping table.
 */
export const STATUS = {
	/** 1 Mới đăng ký: submitted online, not yet accepted. MotCua's desk intake starts at 2. */
	submitted: 1,
	/** 2 Được tiếp nhận: the intake document exists (Form 01 printed). */
	accepted: 2,
	/** 3 Không được tiếp nhận: refused with a written reason (Form 03; Decree 61/2018 Art 19(8)). */
	not_accepted: 3,
	/** 4 Đang xử lý: assigned, transferred or back from a supplement. */
	in_process: 4,
	/** 5 Yêu cầu bổ sung: Form 02 issued, waiting for the citizen. */
	supplement_requested: 5,
	/** 6 Yêu cầu thực hiện nghĩa vụ tài chính: a `fee_requested` event, until the fee is paid. */
	fee_requested: 6,
	/** 7 Công dân yêu cầu rút hồ sơ: a `withdrawal_requested` event, before the stop (8). */
	withdrawal_requested: 7,
	/** 8 Dừng xử lý: stopped at the citizen's request (TT 03/2025 Form 05). */
	stopped: 8,
	/** 9 Đã xử lý xong: resolved, result waiting at the desk. */
	processed: 9,
	/** 10 Đã trả kết quả: result handed over. */
	returned: 10
} as const;

export type StatusName = keyof typeof STATUS;

export const StatusCode = z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
export type StatusCode = z.infer<typeof StatusCode>;

/** Statuses after which no lifecycle step may follow (returned, refused, stopped). */
export const FINAL_STATUSES: readonly StatusCode[] = [
	STATUS.not_accepted,
	STATUS.stopped,
	STATUS.returned
];

export function isFinal(status: StatusCode): boolean {
	return FINAL_STATUSES.includes(status);
}

const NAMES = Object.fromEntries(Object.entries(STATUS).map(([name, code]) => [code, name])) as {
	[C in StatusCode]: StatusName;
};

/** The name of a national status code (`5` → `supplement_requested`). */
export function statusName(code: StatusCode): StatusName {
	return NAMES[code];
}

/** The i18n key of a status label (`status.supplement_requested`). */
export function statusLabelKey(code: StatusCode): MessageKey {
	return `status.${NAMES[code]}`;
}
