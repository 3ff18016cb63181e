import type { Locale } from '$lib/i18n';

/**
 * Past 90% of the origin's quota a big write can fail with QuotaExceededError, and a
 * replication of the catalog or a week of queued dossiers is a big write. Warning at 90% leaves
 * the officer room to sync and back up before anything is refused.
 */
export const NEARLY_FULL_RATIO = 0.9;

export interface StorageLevel {
	readonly usedBytes: number;
	readonly quotaBytes: number;
	/** Whole percent, rounded down so 89.9% never shows as "90%" next to no warning. */
	readonly percent: number;
	readonly nearlyFull: boolean;
}

/** The level for a `navigator.storage.estimate()` answer; undefined when it is not usable. */
export function storageLevel(
	usage: number | undefined,
	quota: number | undefined
): StorageLevel | undefined {
	if (usage === undefined || quota === undefined || !(quota > 0) || !(usage >= 0)) return undefined;
	const ratio = usage / quota;
	return {
		usedBytes: usage,
		quotaBytes: quota,
		percent: Math.min(100, Math.floor(ratio * 100)),
		nearlyFull: ratio >= NEARLY_FULL_RATIO
	};
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** "1,5 GB" in Vietnamese (decimal comma), "1.5 GB" in English; 1 KB = 1024 B. */
export function formatBytes(bytes: number, locale: Locale): string {
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
		maximumFractionDigits: digits
	}).format(value);
	return `${number} ${UNITS[unit]}`;
}
