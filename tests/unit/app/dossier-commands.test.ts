import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, expectFailure } from '../../builders/result';
import { stopRuntime } from '$lib/db/runtime';
import { intake } from '$lib/app/dossier/intake';
import { record } from '$lib/app/dossier/record';
import { loadState } from '$lib/db/store/load-dossier';
import { resolve, requestSupplement } from '$lib/domain/commands';
import { freshDevice, openDb, restart } from '../db/harness';
import { intakeForm as deskIntake } from '../../builders/dossier';

/** Tue 10 Mar 2026, 09:00 in Vietnam. */
const NOW = '2026-03-10T02:00:00.000Z';

afterEach(async () => {
	await stopRuntime();
});

describe('intake through the journal into PouchDB and the read model', () => {
	it('writes the dossier to PouchDB and projects its tracking-book line', async () => {
		const rt = await freshDevice();
		const result = await intake(rt, deskIntake(), NOW);
		expectOk(result);
		expect(result.published).toBe(true);
		const code = result.value.dossier.code;
		expect(code).toBe('000.01.11.H99-260310-2001');
		await rt.projector?.catchUp();
		const row = await rt.read.dossiers.get(code);
		expect(row?.applicant_name).toBe('Nguyễn Thị Hoa');
		expect(row?.status).toBe(2);
		expect(row?.book_volume).toBe(3);
		expect(row?.book_entry).toBe(1);
		expect(row?.terms).toContain('nguyen');
	});

	it('numbers consecutive intakes without gaps or repeats, across a restart', async () => {
		let rt = await freshDevice();
		const first = await intake(rt, deskIntake(), NOW);
		const second = await intake(
			rt,
			deskIntake({ applicant: { kind: 'person', name: 'Lò Thị Mai', address: 'Bản Na Sơn' } }),
			NOW
		);
		rt = await restart();
		const third = await intake(rt, deskIntake(), NOW);
		const codes = [first, second, third].map((r) => (r.ok ? r.value.dossier.code : 'failed'));
		expect(codes).toEqual([
			'000.01.11.H99-260310-2001',
			'000.01.11.H99-260310-2002',
			'000.01.11.H99-260310-2003'
		]);
		const entries = [first, second, third].map((r) => (r.ok ? r.value.dossier.book.entry : 0));
		expect(entries).toEqual([1, 2, 3]);
	});

	it('refuses an invalid form with Vietnamese messages and stores nothing', async () => {
		const rt = await freshDevice();
		const result = await intake(
			rt,
			deskIntake({ applicant: { kind: 'person', name: '', address: '' } }),
			NOW
		);
		expectFailure(result);
		expect(result.errors.length).toBeGreaterThan(0);
		expect(result.errors.map((e) => e.field)).toContain('applicant.name');
		expect(await rt.journal.entries.count()).toBe(0);
		expect((await rt.commune!.info()).doc_count).toBe(0);
	});

	it('a device with no slot cannot mint a code and says why', async () => {
		const rt = await freshDevice({ slot: null });
		const result = await intake(rt, deskIntake(), NOW);
		expectFailure(result);
		expect(result.errors[0]?.message).toMatch(/slot/i);
		expect(await rt.journal.entries.count()).toBe(0);
	});

	it('records events and the read model follows the state', async () => {
		const rt = await freshDevice();
		const made = await intake(rt, deskIntake(), NOW);
		expectOk(made);
		const code = made.value.dossier.code;
		const asked = await record(
			rt,
			code,
			requestSupplement,
			{
				items: [{ name: 'Bản sao giấy khai sinh' }],
				reason: 'Thiếu giấy tờ chứng minh',
				notice_no: '01/HDHS'
			},
			'2026-03-10T03:00:00.000Z'
		);
		expect(asked.ok).toBe(true);
		await rt.projector?.catchUp();
		expect((await rt.read.dossiers.get(code))?.status).toBe(5);
		const resolved = await record(
			rt,
			code,
			resolve,
			{ outcome: 'approved' },
			'2026-03-10T04:00:00.000Z'
		);
		expect(resolved.ok).toBe(false);
		const state = await loadState(rt.commune!, code);
		expect(state?.supplement_count).toBe(1);
	});
});

describe('durability: the journal is replayed into PouchDB at start-up', () => {
	it('a journalled intake whose PouchDB write was lost is there after restart', async () => {
		let rt = await freshDevice();
		const made = await intake(rt, deskIntake(), NOW);
		expectOk(made);
		const id = made.value.dossier._id;
		// The power cut: the strict journal kept the entry, the relaxed PouchDB write was lost.
		await rt.journal.entries.update(id, { applied: 0 });
		await stopRuntime();
		await openDb('commune-99901').destroy();
		rt = await restart();
		const again = await rt.commune!.get(id);
		expect(again._id).toBe(id);
		expect(await rt.journal.entries.where({ applied: 0 }).count()).toBe(0);
		await rt.projector?.catchUp();
		expect((await rt.read.dossiers.get(made.value.dossier.code))?.applicant_name).toBe(
			'Nguyễn Thị Hoa'
		);
	});
});
