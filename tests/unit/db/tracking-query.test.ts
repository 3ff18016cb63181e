import { afterEach, describe, expect, it } from 'vitest';
import { expectOk } from '../../builders/result';
import { intake } from '$lib/app/dossier/intake';
import { record } from '$lib/app/dossier/record';
import { stopRuntime, type Runtime } from '$lib/db/runtime';
import { trackingPage, type TrackingFilter } from '$lib/db/queries/tracking-query';
import { vnInstant as at } from '$lib/domain/calendar';
import { refuse } from '$lib/domain/commands';
import { freshDevice } from './harness';
import { intakeForm } from '../../builders/dossier';
import { DEFAULT_INPUT } from '../../builders/events';

afterEach(async () => {
	await stopRuntime();
});

const ASOF = at('2026-03-11', '08:00');

/** Five dossiers received on consecutive mornings (so their due dates are in that order). */
async function book(rt: Runtime) {
	const people = [
		['Nguyễn Thị Hoa', '0912 000 111'],
		['Nguyễn Văn An', '0912 000 222'],
		['Lò Thị Hoa', '0987 654 321'],
		['Quàng Văn Nguyên', '0912 000 333'],
		['Nguyễn Thị Hoà', '0912 000 444']
	] as const;
	const codes: string[] = [];
	for (const [i, [name, phone]] of people.entries()) {
		const base = intakeForm();
		const r = await intake(
			rt,
			{ ...base, applicant: { ...(base.applicant as object), name, phone } },
			at(`2026-03-0${2 + i}`, '09:00')
		);
		if (!r.ok) throw new Error(JSON.stringify(r.errors));
		codes.push(r.value.dossier.code);
	}
	const refused = await record(
		rt,
		codes[2] ?? '',
		refuse,
		DEFAULT_INPUT.refused,
		at('2026-03-06', '10:00')
	);
	expectOk(refused);
	await rt.projector?.catchUp();
	return codes;
}

const names = async (rt: Runtime, f: Partial<TrackingFilter>, offset = 0, limit = 50) => {
	const page = await trackingPage(rt.read, { asOf: ASOF, ...f }, offset, limit);
	return { total: page.total, names: page.rows.map((r) => r.applicant_name) };
};

describe('the tracking book query', () => {
	it('pages the whole book by due date, counting without a row filter', async () => {
		const rt = await freshDevice();
		await book(rt);
		expect(await names(rt, {}, 1, 2)).toEqual({
			total: 5,
			names: ['Nguyễn Văn An', 'Lò Thị Hoa']
		});
		// The whole book at once (the XLSX export asks for everything).
		expect((await names(rt, {}, 0, Number.MAX_SAFE_INTEGER)).names).toHaveLength(5);
	});

	it('answers a status alone from its index, and a status with a search by row', async () => {
		const rt = await freshDevice();
		await book(rt);
		expect((await names(rt, { status: 3 })).names).toEqual(['Lò Thị Hoa']);
		expect((await names(rt, { status: 2 })).total).toBe(4);
		// A status with a date range: the index for one, row by row for the other; total and page.
		expect(await names(rt, { status: 2, receivedFrom: '2026-03-03' }, 1, 1)).toEqual({
			total: 3,
			names: ['Quàng Văn Nguyên']
		});
		// A search lists the newest receipt first.
		expect(await names(rt, { status: 2, query: 'hoa' })).toEqual({
			total: 2,
			names: ['Nguyễn Thị Hoà', 'Nguyễn Thị Hoa']
		});
	});

	it('matches every word of a search, without diacritics, in any order, newest first', async () => {
		const rt = await freshDevice();
		await book(rt);
		expect((await names(rt, { query: 'nguyen hoa' })).names).toEqual([
			'Nguyễn Thị Hoà',
			'Nguyễn Thị Hoa'
		]);
		expect((await names(rt, { query: 'hoa nguyen' })).total).toBe(2);
		expect((await names(rt, { query: 'nguyen' })).total).toBe(4);
		expect((await names(rt, { query: 'van nguyen' })).names).toEqual([
			'Quàng Văn Nguyên',
			'Nguyễn Văn An'
		]);
		expect((await names(rt, { query: 'nguyen xyz' })).total).toBe(0);
		expect((await names(rt, { query: '0987 654' })).names).toEqual(['Lò Thị Hoa']);
	});
});
