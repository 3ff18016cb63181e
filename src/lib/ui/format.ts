import type { Locale } from '$lib/i18n';

/**
 * Dates and money as a Vietnamese officer writes them. Legal times are Vietnam times
 * (Asia/Ho_Chi_Minh) whatever the device's zone.
 */
const ZONE = 'Asia/Ho_Chi_Minh';

const tag = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-GB');

/** `25/02/2026` */
export function formatDate(iso: string, locale: Locale = 'vi'): string {
	return new Intl.DateTimeFormat(tag(locale), {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		timeZone: ZONE
	}).format(new Date(iso));
}

/** `17:00` */
export function formatTime(iso: string, locale: Locale = 'vi'): string {
	return new Intl.DateTimeFormat(tag(locale), {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: ZONE
	}).format(new Date(iso));
}

/** `thứ Tư` */
export function formatWeekday(iso: string, locale: Locale = 'vi'): string {
	return new Intl.DateTimeFormat(tag(locale), { weekday: 'long', timeZone: ZONE }).format(
		new Date(iso)
	);
}

/** `17:00, thứ Tư 25/02/2026` */
export function formatAppointment(iso: string, locale: Locale = 'vi'): string {
	return `${formatTime(iso, locale)}, ${formatWeekday(iso, locale)} ${formatDate(iso, locale)}`;
}

/** The Vietnam date-time parts a form prints: giờ, phút, ngày, tháng, năm. */
export function vnParts(iso: string): {
	hour: string;
	minute: string;
	day: string;
	month: string;
	year: string;
} {
	const parts = new Intl.DateTimeFormat('en-GB', {
		hour: '2-digit',
		minute: '2-digit',
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		hourCycle: 'h23',
		timeZone: ZONE
	}).formatToParts(new Date(iso));
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return {
		hour: get('hour'),
		minute: get('minute'),
		day: get('day'),
		month: get('month'),
		year: get('year')
	};
}

/** One formatter for every number on screen: building one per cell costs a report 100 ms. */
const NUMBER = new Intl.NumberFormat('vi-VN');

/** `20.000`, `98,5` */
export function formatNumber(n: number): string {
	return NUMBER.format(n);
}

/** `200.000 đ` */
export function formatDong(amount: number): string {
	return `${formatNumber(amount)} đ`;
}
