import { describe, expect, it } from 'vitest';
import { formatBytes, storageLevel } from '$lib/pwa/storage-level';

describe('storageLevel', () => {
	it('warns from 90% of the quota', () => {
		expect(storageLevel(89, 100)).toMatchObject({ percent: 89, nearlyFull: false });
		expect(storageLevel(90, 100)).toMatchObject({ percent: 90, nearlyFull: true });
		expect(storageLevel(120, 100)).toMatchObject({ percent: 100, nearlyFull: true });
	});

	it('never rounds a level without warning up to 90%', () => {
		expect(storageLevel(899, 1000)).toMatchObject({ percent: 89, nearlyFull: false });
	});

	it('is unknown when the browser gives no usable estimate', () => {
		expect(storageLevel(undefined, 100)).toBeUndefined();
		expect(storageLevel(10, undefined)).toBeUndefined();
		expect(storageLevel(10, 0)).toBeUndefined();
	});
});

describe('formatBytes', () => {
	it('uses the decimal comma in Vietnamese and the point in English', () => {
		expect(formatBytes(1.5 * 1024 ** 3, 'vi')).toBe('1,5 GB');
		expect(formatBytes(1.5 * 1024 ** 3, 'en')).toBe('1.5 GB');
	});

	it('picks the unit and drops decimals where they say nothing', () => {
		expect(formatBytes(512, 'vi')).toBe('512 B');
		expect(formatBytes(300 * 1024 ** 2, 'en')).toBe('300 MB');
		expect(formatBytes(-5, 'en')).toBe('0 B');
	});
});
