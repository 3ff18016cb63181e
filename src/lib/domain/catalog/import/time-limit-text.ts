import type { TimeLimit } from '$lib/domain/schemas/common';
import { foldVietnamese } from '$lib/domain/search/fold-text';

/** "Trong ngày", "Ngay trong ngày làm việc", "giải quyết ngay", "trả kết quả ngay". */
const SAME_DAY = /\b(?:trong ngay|ngay trong ngay|giai quyet ngay|tra ket qua ngay)\b/;
/** "03 ngày làm việc", "10 ngày", "08 giờ làm việc", "04 giờ". */
// Not after a digit, dot or comma: "0.5 ngày" is not 5 days (it is refused: the schema counts whole units).
const COUNTED = /(?<![\d.,])(\d{1,3})\s*(ngay lam viec|ngay|gio lam viec|gio)\b/;

/**
 * The time limit a published list states ("Thời hạn giải quyết"), read from its first stated
 * limit: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" is 3 working days; "Trong ngày làm
 * việc; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo" is the same day (the 15:00 rule is
 * the due-date engine's, DOMAIN.md fact 5). "N ngày" without "làm việc" stays calendar days, as
 * written: the import never guesses which was meant. Unreadable text gives `undefined`; the
 * import then refuses the row rather than invent a limit.
 */
export function parseTimeLimitText(text: string): TimeLimit | undefined {
	const folded = foldVietnamese(text);
	if (folded === '') return undefined;
	const sameDay = folded.search(SAME_DAY);
	const counted = COUNTED.exec(folded);
	if (sameDay >= 0 && (counted === null || sameDay < counted.index)) {
		return { unit: 'same_day', value: 0 };
	}
	if (counted === null) return undefined;
	const value = Number(counted[1]);
	if (value < 1 || value > 365) return undefined;
	const unit = counted[2] as string;
	if (unit === 'ngay lam viec') return { unit: 'working_days', value };
	if (unit === 'ngay') return { unit: 'days', value };
	return { unit: 'hours', value };
}
