import { describe, expect, it } from 'vitest';
import seed from '$lib/seed/calendars.json';
import { CalendarYear } from '$lib/domain/schemas/calendar';
import { seedCalendars } from '../../../builders/calendar';

describe('src/lib/seed/calendars.json', () => {
	it('every entry is a valid CalendarYear', () => {
		expect(Array.isArray(seed)).toBe(true);
		for (const doc of seed as unknown[]) {
			const r = CalendarYear.safeParse(doc);
			expect(r.success ? [] : r.error.issues).toEqual([]);
		}
	});

	it('ships 2025 and 2026 from the official notices and a provisional 2027, once each', () => {
		const docs = seedCalendars();
		expect(docs.map((d) => d.year)).toEqual([2025, 2026, 2027]);
		expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length);
		expect(docs.map((d) => d.provisional)).toEqual([false, false, true]);
		for (const d of docs) {
			expect(d.cutoff).toBe('15:00');
			expect(d.sources.join(' ')).toContain('Bộ luật Lao động');
		}
	});

	it('DOMAIN.md §4.2–4.3: the swaps and compensatory days of 2025 and 2026', () => {
		const [y2025, y2026] = seedCalendars();
		expect(y2025?.makeup_workdays).toEqual([{ date: '2025-04-26', for: '2025-05-02' }]);
		expect(y2026?.makeup_workdays).toEqual([
			{ date: '2026-01-10', for: '2026-01-02' },
			{ date: '2026-08-22', for: '2026-08-31' }
		]);
		expect(y2026?.compensatory_days).toEqual([{ date: '2026-04-27', for: '2026-04-26' }]);
		expect(y2026?.holidays.map((h) => h.date)).toEqual(
			expect.arrayContaining(['2026-02-16', '2026-02-20', '2026-04-30', '2026-05-01'])
		);
	});

	it('Labour Code Art 112 (provisional 2027): Giỗ Tổ Fri 16 Apr, 1 May Sat compensated Mon 3 May', () => {
		const y2027 = seedCalendars()[2];
		expect(y2027?.holidays.map((h) => h.date)).toContain('2027-04-16');
		expect(y2027?.compensatory_days.map((c) => c.date)).toEqual([
			'2027-02-10',
			'2027-02-11',
			'2027-05-03'
		]);
	});

	it('24 Nov (Vietnamese Culture Day) is not a holiday: its enactment was not verified', () => {
		for (const d of seedCalendars()) {
			expect(d.holidays.some((h) => h.date.endsWith('-11-24'))).toBe(false);
		}
		expect(seedCalendars()[1]?.sources.join(' ')).toContain('24/11');
	});
});
