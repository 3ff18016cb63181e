import { afterEach, describe, expect, it } from 'vitest';
import { record } from '$lib/app/dossier/record';
import { intake } from '$lib/app/dossier/intake';
import { reportRows, trackingBook } from '$lib/db/queries/read-queries';
import { stopRuntime, type Runtime } from '$lib/db/runtime';
import { vnInstant as at } from '$lib/domain/calendar';
import { apologise, refuse, resolve, withdraw } from '$lib/domain/commands';
import { buildReport, monthPeriod } from '$lib/domain/reports';
import { freshDevice } from './harness';
import { intakeForm } from '../../builders/dossier';

afterEach(async () => {
	await stopRuntime();
});

async function receive(rt: Runtime, now: string): Promise<string> {
	const r = await intake(rt, intakeForm(), now);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.value.dossier.code;
}

async function step<I>(
	rt: Runtime,
	code: string,
	command: Parameters<typeof record<I>>[2],
	input: I,
	now: string
) {
	const r = await record(rt, code, command, input, now);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
}

// Marital-status certificates received Tue 10 Mar 2026 09:00 are due Fri 13 Mar 17:00.
const NOW = at('2026-03-20', '10:00');

describe('report rows from the read model agree with the tracking book', () => {
	it('received, overdue, refused and withdrawn match the book filters', async () => {
		const rt = await freshDevice();
		const monday = at('2026-03-10', '09:00');
		const early = await receive(rt, monday);
		await step(rt, early, resolve, { outcome: 'approved' }, at('2026-03-11', '10:00'));
		const late = await receive(rt, monday);
		await step(rt, late, resolve, { outcome: 'approved' }, at('2026-03-16', '10:00'));
		const refused = await receive(rt, monday);
		await step(
			rt,
			refused,
			refuse,
			{ reason: 'Không thuộc thẩm quyền giải quyết của xã', notice_no: '01/TC' },
			at('2026-03-11', '10:00')
		);
		const withdrawn = await receive(rt, monday);
		await step(rt, withdrawn, withdraw, { reason: 'Công dân xin rút' }, at('2026-03-11', '11:00'));
		await receive(rt, monday); // still in progress, overdue since 13 Mar
		const apologised = await receive(rt, monday);
		await step(
			rt,
			apologised,
			apologise,
			{
				reason: 'Cần xác minh thêm',
				new_appointment_at: at('2026-03-25', '17:00'),
				notice_no: '01/PXL'
			},
			at('2026-03-12', '09:00')
		);
		await receive(rt, at('2026-03-18', '09:00')); // due 23 Mar: not due yet
		await receive(rt, at('2026-02-24', '09:00')); // February, carried over and overdue
		await rt.projector?.catchUp();

		const period = monthPeriod(2026, 3);
		const report = buildReport(await reportRows(period.from, '2026-03-31'), period, NOW);
		const t = report.totals;
		expect(t).toMatchObject({
			carried: 1,
			received: 7,
			resolved: 3,
			early: 2,
			late: 1,
			refused: 1,
			withdrawn: 1,
			pending: 4,
			overdue: 3,
			not_due: 1
		});

		const book = async (f: Record<string, unknown>) =>
			(await trackingBook({ asOf: NOW, ...f }, 0, 1000)).total;
		const inMarch = { receivedFrom: period.from, receivedTo: period.to };
		expect(await book(inMarch)).toBe(t.received);
		expect(await book({ receivedTo: period.to, overdue: true })).toBe(t.overdue);
		// The apologised dossier is overdue by law although the citizen holds a later date.
		const overdue = await trackingBook({ asOf: NOW, overdue: true }, 0, 100);
		expect(overdue.rows.map((r) => r.code)).toContain(apologised);
		expect(await book({ ...inMarch, status: 3 })).toBe(t.refused);
		expect(await book({ ...inMarch, status: 8 })).toBe(t.withdrawn);
	});
});
