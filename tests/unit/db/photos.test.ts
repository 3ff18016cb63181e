import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, expectPresent } from '../../builders/result';
import { stopRuntime } from '$lib/db/runtime';
import { intake } from '$lib/app/dossier/intake';
import { attachFiles } from '$lib/app/media/attach-files';
import {
	dropFiles,
	keepFetched,
	markFailed,
	markUploaded,
	mediaUsage,
	nextDue,
	photosOf,
	uploadBacklog
} from '$lib/db/media';
import { freshDevice } from './harness';
import { intakeForm } from '../../builders/dossier';
import { preparedPhoto } from '../../builders/photo';

/** Tue 10 Mar 2026, 09:00 in Vietnam. */
const NOW = '2026-03-10T02:00:00.000Z';
const LATER = '2026-03-10T02:05:00.000Z';
const MB = 1024 * 1024;

afterEach(async () => {
	await stopRuntime();
});

describe('document photos on the device', () => {
	it('stores the intake and its photos together, as their own rows, waiting to upload', async () => {
		const rt = await freshDevice();
		const result = await intake(rt, intakeForm(), NOW, [
			preparedPhoto('to_khai', 300_000, 1),
			preparedPhoto('to_khai', 200_000, 2)
		]);
		expectOk(result);
		const code = result.value.dossier.code;
		const rows = await photosOf(rt.journal, code);
		const db = rt.commune?.name;
		expect(db).toMatch(/commune-99901$/);
		expect(rows.map((r) => [r.bytes, r.state, r.db])).toEqual([
			[300_000, 'pending', db],
			[200_000, 'pending', db]
		]);
		expect(rows[0]?.blob?.size).toBe(300_000);
		// The records stay small: the dossier document carries no image.
		const doc = await rt.commune?.get(`dossier:${code}`);
		expect(JSON.stringify(doc).length).toBeLessThan(5000);
		expect(await uploadBacklog(rt.journal)).toEqual({ count: 2, bytes: 500_000, failed: 0 });
	});

	it('refuses photos over the cap with nothing stored: no dossier, no number used, no photo', async () => {
		const rt = await freshDevice();
		const over = await intake(rt, intakeForm(), NOW, [
			preparedPhoto('to_khai', 3 * MB, 1),
			preparedPhoto('to_khai', 2.5 * MB, 2)
		]);
		expect(over.ok).toBe(false);
		if (over.ok || 'storage' in over) throw new Error('expected a domain error');
		expect(over.errors[0]?.field).toBe('photos');
		expect(await rt.journal.photos.count()).toBe(0);
		expect(await rt.journal.entries.count()).toBe(0);
		const next = await intake(rt, intakeForm(), NOW);
		expect(next.ok && next.value.dossier.code).toBe('000.01.11.H99-260310-2001');
	});

	it('adds photos later within the cap counted with those already there', async () => {
		const rt = await freshDevice();
		const first = await intake(rt, intakeForm(), NOW, [preparedPhoto('to_khai', 4 * MB, 1)]);
		expectOk(first);
		const code = first.value.dossier.code;
		const over = await attachFiles(rt, code, [preparedPhoto('to_khai', 1.5 * MB, 2)], LATER);
		expect(over.ok).toBe(false);
		expect(await rt.journal.photos.count()).toBe(1);
		const fits = await attachFiles(rt, code, [preparedPhoto('to_khai', 0.5 * MB, 3)], LATER);
		expect(fits.ok).toBe(true);
		expect((await photosOf(rt.journal, code)).length).toBe(2);
		const missing = await attachFiles(rt, '000.01.11.H99-260310-9999', [preparedPhoto()], LATER);
		expect(missing.ok).toBe(false);
	});

	it('hands out uploads oldest first, skips a failed one until its retry time', async () => {
		const rt = await freshDevice();
		const a = await intake(rt, intakeForm(), NOW, [preparedPhoto('to_khai', 1000, 1)]);
		const b = await intake(rt, intakeForm(), LATER, [preparedPhoto('to_khai', 2000, 2)]);
		expectOk(a);
		expectOk(b);
		const db = rt.commune?.name ?? '';
		const first = await nextDue(rt.journal, db, LATER);
		expectPresent(first, 'the first upload due');
		expect(first.dossier_code).toBe(a.value.dossier.code);
		await markFailed(rt.journal, first.id, '2026-03-10T02:10:00.000Z', 'HTTP 500');
		const second = await nextDue(rt.journal, db, LATER);
		expect(second?.dossier_code).toBe(b.value.dossier.code);
		expect(await uploadBacklog(rt.journal)).toMatchObject({ count: 2, failed: 1 });
		const retried = await nextDue(rt.journal, db, '2026-03-10T02:10:00.000Z');
		expect(retried?.id).toBe(first.id);
	});

	it('frees only files that are uploaded, of closed dossiers, keeping the rows', async () => {
		const rt = await freshDevice();
		const a = await intake(rt, intakeForm(), NOW, [preparedPhoto('to_khai', 1000, 1)]);
		const b = await intake(rt, intakeForm(), NOW, [preparedPhoto('to_khai', 2000, 2)]);
		expectOk(a);
		expectOk(b);
		const [pa] = await photosOf(rt.journal, a.value.dossier.code);
		const [pb] = await photosOf(rt.journal, b.value.dossier.code);
		expectPresent(pa, 'the photo of a');
		expectPresent(pb, 'the photo of b');
		await markUploaded(rt.journal, pa.id, LATER);
		await markUploaded(rt.journal, pb.id, LATER);
		const closed = new Set([a.value.dossier.code]);
		const usage = await mediaUsage(rt.journal, async (codes) => {
			return new Set(codes.filter((c) => closed.has(c)));
		});
		expect(usage).toMatchObject({ count: 2, bytes: 3000 });
		expect(usage.droppable.map((d) => d.id)).toEqual([pa.id]);
		expect(await dropFiles(rt.journal, [pa.id])).toBe(1000);
		// Dropping again, or a file not uploaded, frees nothing.
		expect(await dropFiles(rt.journal, [pa.id])).toBe(0);
		const after = await photosOf(rt.journal, a.value.dossier.code);
		expect(after[0]).toMatchObject({ state: 'dropped', blob: null, bytes: 1000 });
	});

	it('on an upstream unit’s device frees fetched copies of closed dossiers, row and all', async () => {
		const rt = await freshDevice({ upstream_unit: 'snnmt-11' });
		const code = 'H12.99.99901-260310-0001';
		const doc = {
			_id: `attachment:${code}:to_khai:d-x:2026031009000001`,
			type: 'attachment' as const,
			dossier_code: code,
			doc_id: 'to_khai',
			doc_name: 'Tờ khai',
			content_type: 'image/jpeg' as const,
			bytes: 3,
			width: 1,
			height: 1,
			created_at: NOW,
			device_id: 'd-x',
			officer: { id: 'cb-01', name: 'Lò Văn Minh' }
		};
		await keepFetched(rt.journal, 'media-99901', doc, new Blob([new Uint8Array(3)]), LATER);
		const open = await mediaUsage(rt.journal, async () => new Set());
		expect(open).toMatchObject({ count: 1, bytes: 3, droppable: [] });
		const closed = await mediaUsage(rt.journal, async (codes) => new Set(codes));
		expect(closed.droppable).toEqual([{ id: doc._id, db: 'media-99901', bytes: 3, copy: true }]);
		expect(await dropFiles(rt.journal, [doc._id])).toBe(3);
		expect(await photosOf(rt.journal, code)).toEqual([]);
	});
});
