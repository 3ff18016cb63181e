import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk } from '../../builders/result';
import { stopRuntime, type Runtime } from '$lib/db/runtime';
import { intake } from '$lib/app/dossier/intake';
import { photosOf } from '$lib/db/media/photo-store';
import { openPhotoBlob, PouchDB } from '$lib/db/store';
import { trackingPage } from '$lib/db/queries/tracking-query';
import { openRow } from '$lib/db/read-model';
import { createDeviceSecret, LockedError, vault } from '$lib/crypto';
import { freshDevice, openDb } from './harness';
import { intakeForm } from '../../builders/dossier';
import { preparedPhoto } from '../../builders/photo';

/** Tue 10 Mar 2026, 09:00 in Vietnam. */
const NOW = '2026-03-10T02:00:00.000Z';
const CLEAR = [
	'Nguyễn Thị Hoa',
	'nguyen',
	'001185012345',
	'0912 345 678',
	'0912345678',
	'Bản Na Sơn'
];

/** The database as IndexedDB would hold it: the same memory store without the sealing. */
const raw = (rt: Runtime) => openDb(rt.commune!.name.replace(/^dev-\d+-/, ''));

let rt: Runtime;
beforeEach(async () => {
	rt = await freshDevice();
	vault.open((await createDeviceSecret('mật khẩu', 1000)).keys);
	rt.projector?.start();
});
afterEach(async () => {
	await stopRuntime();
	vault.lock();
	vault.configure(false);
});

describe('a device with a secret keeps personal data sealed', () => {
	it('stores sealed records, journal, rows and photos, and shows them plain when unlocked', async () => {
		const result = await intake(rt, intakeForm(), NOW, [preparedPhoto('to_khai', 5000, 1)]);
		expectOk(result);
		const code = result.value.dossier.code;
		await rt.projector?.catchUp();

		const stored = await raw(rt).allDocs({ include_docs: true });
		const journal = await rt.journal.entries.toArray();
		const rows = await rt.read.dossiers.toArray();
		const search = await rt.read.search.toArray();
		expect([stored.rows.length, journal.length, rows.length, search.length]).toEqual([
			journal[0]?.docs.length,
			1,
			1,
			1
		]);
		const text = JSON.stringify([stored.rows, journal, rows, search]);
		for (const clear of CLEAR) expect(text, clear).not.toContain(clear);
		expect(
			stored.rows.every((r) => typeof (r.doc as { sealed?: unknown }).sealed === 'string')
		).toBe(true);

		// Through the sealed database the fold sees plain documents.
		const doc = (await rt.commune!.get(`dossier:${code}`)) as { applicant: { name: string } };
		expect(doc.applicant.name).toBe('Nguyễn Thị Hoa');
		// The book finds it by a word, a phone and an ID, and opens its row for the screen.
		for (const query of ['hoa', 'nguyen thi', '0912 345 678', '012345']) {
			const page = await trackingPage(rt.read, { asOf: NOW, query }, 0, 50);
			expect(
				page.rows.map((r) => r.code),
				query
			).toEqual([code]);
		}
		expect((await openRow(rows[0]!)).applicant_name).toBe('Nguyễn Thị Hoa');

		const [photo] = await photosOf(rt.journal, code);
		const bytes = new Uint8Array(await photo!.blob!.arrayBuffer());
		expect([bytes[0], bytes[1]]).not.toEqual([0xff, 0xd8]);
		const plain = new Uint8Array(await (await openPhotoBlob(photo!))!.arrayBuffer());
		expect([plain[0], plain[1], plain.length]).toEqual([0xff, 0xd8, 5000]);
	});

	it('replicates plain documents upstream and seals what comes down', async () => {
		const result = await intake(rt, intakeForm(), NOW);
		expectOk(result);
		const upstream = new PouchDB(`upstream-${Date.now()}`, { adapter: 'memory' });
		await rt.commune!.replicate.to(upstream);
		const pushed = (await upstream.get(`dossier:${result.value.dossier.code}`)) as {
			applicant: { name: string };
			sealed?: string;
		};
		expect(pushed.applicant.name).toBe('Nguyễn Thị Hoa');
		expect(pushed.sealed).toBeUndefined();

		await upstream.put({ _id: 'event:X-1:zz:d:1', type: 'note', text: 'Lò Văn Tủa gọi lại' });
		await rt.commune!.replicate.from(upstream);
		const down = (await raw(rt).get('event:X-1:zz:d:1')) as Record<string, unknown>;
		expect(JSON.stringify(down)).not.toContain('Tủa');
		expect(((await rt.commune!.get('event:X-1:zz:d:1')) as { text: string }).text).toBe(
			'Lò Văn Tủa gọi lại'
		);
		// Write-once still holds locally: the same id again is a conflict, not a new revision.
		await expect(
			rt.commune!.put({ _id: 'event:X-1:zz:d:1', type: 'note', text: 'khác' })
		).rejects.toMatchObject({ status: 409 });
	});

	it('refuses to read or write sealed records while locked, and stores nothing half', async () => {
		const result = await intake(rt, intakeForm(), NOW);
		expectOk(result);
		vault.lock();
		await expect(rt.commune!.get(`dossier:${result.value.dossier.code}`)).rejects.toBeInstanceOf(
			LockedError
		);
		const before = await rt.journal.entries.count();
		const locked = await intake(rt, intakeForm(), NOW);
		expect(locked.ok).toBe(false);
		expect(await rt.journal.entries.count()).toBe(before);
	});
});

describe('a revocation pulled into the sealed records database', () => {
	it('reaches the watcher opened, though the feed carries it sealed', async () => {
		const { watchRevocation, revocationId } = await import('$lib/sync/revocation');
		const seen: string[] = [];
		const stop = watchRevocation(rt.commune!, '99901', 'd-abc', (n) => seen.push(n.revoked_at));
		await rt.commune!.put({
			_id: revocationId('99901', 'd-abc'),
			type: 'revocation',
			device_id: 'd-abc',
			revoked_at: NOW
		});
		const stored = await raw(rt).get(revocationId('99901', 'd-abc'));
		expect(JSON.stringify(stored)).not.toContain('device_id');
		await expect.poll(() => seen).toEqual([NOW]);
		stop();
	});
});
