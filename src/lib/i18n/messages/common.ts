import type { MessageTable } from '$lib/i18n/types';

/** Messages shared by every screen and by the generic validation errors. */
export const commonMessages = {
	'app.name': { vi: 'MotCua — Một cửa cấp xã', en: 'MotCua — Commune one-stop office' },
	'error.required': { vi: '{field}: không được để trống.', en: '{field}: required.' },
	'error.invalid': { vi: '{field}: giá trị không hợp lệ.', en: '{field}: invalid value.' },
	'error.too_long': {
		vi: '{field}: dài quá {max} ký tự.',
		en: '{field}: longer than {max} characters.'
	},
	'error.not_a_date': {
		vi: '{field}: không phải ngày hợp lệ (định dạng YYYY-MM-DD).',
		en: '{field}: not a valid date (YYYY-MM-DD).'
	},
	'error.not_an_instant': {
		vi: '{field}: không phải thời điểm hợp lệ.',
		en: '{field}: not a valid point in time.'
	}
} satisfies MessageTable;
