import { describe, expect, it } from 'vitest';
import { parseTimeLimitText } from '$lib/domain/catalog/import';

describe('parseTimeLimitText: the first limit a published list states', () => {
	it.each([
		['Trong ngày', { unit: 'same_day', value: 0 }],
		[
			'Ngay trong ngày tiếp nhận yêu cầu; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
			{ unit: 'same_day', value: 0 }
		],
		['03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', { unit: 'working_days', value: 3 }],
		[
			'Không quá 05 ngày làm việc (trường hợp cần xác minh thêm 05 ngày)',
			{ unit: 'working_days', value: 5 }
		],
		['10 ngày', { unit: 'days', value: 10 }],
		['08 giờ làm việc', { unit: 'hours', value: 8 }],
		['TRONG NGAY', { unit: 'same_day', value: 0 }],
		['5 ngay lam viec', { unit: 'working_days', value: 5 }]
	])('%s', (text, expected) => {
		expect(parseTimeLimitText(text)).toEqual(expected);
	});

	it.each(['', 'Theo quy định', '0 ngày làm việc', '400 ngày', '0.5 ngày làm việc', '1 OTHER'])(
		'"%s" is unreadable: no limit is invented',
		(text) => {
			expect(parseTimeLimitText(text)).toBeUndefined();
		}
	);

	it('a counted limit written before a same-day phrase wins', () => {
		expect(parseTimeLimitText('02 ngày làm việc; trường hợp đơn giản giải quyết ngay')).toEqual({
			unit: 'working_days',
			value: 2
		});
	});
});
