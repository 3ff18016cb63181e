import { afterEach, describe, expect, it } from 'vitest';
import { intake } from '$lib/app/dossier/intake';
import { stopRuntime, type Runtime } from '$lib/db/runtime';
import { trackingPage, trackingTotal } from '$lib/db/queries/tracking-query';
import { vnInstant as at } from '$lib/domain/calendar';
import { isOverdue } from '$lib/domain/reports/summary';
import { freshDevice } from './harness';
import { intakeForm } from '../../builders/dossier';

afterEach(async () => {
	await stopRuntime();
});

/** Dossiers received `count` mornings in a row from 2 March 2026; their codes in that order. */
async function receiveDaily(rt: Runtime, count: number): Promise<string[]> {
	const codes: string[] = [];
	for (let i = 0; i < count; i++) {
		const day = String(2 + i).padStart(2, '0');
		const r = await intake(rt, intakeForm(), at(`2026-03-${day}`, '09:00'));
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		codes.push(r.value.dossier.code);
	}
	await rt.projector?.catchUp();
	return codes;
}

describe('the overdue filter of the tracking book (issue 15)', () => {
	it('lists exactly the dossiers the reports call overdue, longest overdue first, paged and counted from the index', async () => {
		const rt = await freshDevice();
		const codes = await receiveDaily(rt, 6);
		const asOf = at('2026-03-20', '08:00');
		const all = await rt.read.dossiers.toArray();
		const expected = all
			.filter((r) => isOverdue(r, asOf))
			.sort((a, b) => (a.overdue_at < b.overdue_at ? -1 : 1))
			.map((r) => r.code);
		// The case must be worth testing: some overdue, not all in one page.
		expect(expected.length).toBeGreaterThan(2);
		expect(expected[0]).toBe(codes[0]);

		const first = await trackingPage(rt.read, { overdue: true, asOf }, 0, 2);
		expect(first.rows.map((r) => r.code)).toEqual(expected.slice(0, 2));
		expect(first).toMatchObject({ total: expected.length, counted: true });
		const second = await trackingPage(rt.read, { overdue: true, asOf }, 2, 2);
		expect(second.rows.map((r) => r.code)).toEqual(expected.slice(2, 4));

		// The book shows its rows before it counts: the page alone, then the total.
		const deferred = await trackingPage(rt.read, { overdue: true, asOf }, 0, 2, true);
		expect(deferred.rows.map((r) => r.code)).toEqual(expected.slice(0, 2));
		expect(await trackingTotal(rt.read, { overdue: true, asOf })).toBe(expected.length);
	});

	it('combined with a date range filters row by row, still longest overdue first', async () => {
		const rt = await freshDevice();
		const codes = await receiveDaily(rt, 6);
		const asOf = at('2026-03-20', '08:00');
		const page = await trackingPage(
			rt.read,
			{ overdue: true, receivedFrom: '2026-03-04', asOf },
			0,
			50
		);
		const rows = page.rows.map((r) => r.code);
		expect(rows[0]).toBe(codes[2]);
		expect(rows).not.toContain(codes[0]);
		expect(rows).not.toContain(codes[1]);
		expect(page.total).toBe(rows.length);
		// Nothing overdue a week before the first deadline.
		const early = await trackingPage(
			rt.read,
			{ overdue: true, asOf: at('2026-03-02', '10:00') },
			0,
			50
		);
		expect(early.total).toBe(0);
	});
});
