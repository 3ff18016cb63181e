import { afterEach, describe, expect, it } from 'vitest';
import { backupText, restoreText } from '$lib/db/backup/backup-service';
import { intake } from '$lib/app/dossier/intake';
import { stopRuntime } from '$lib/db/runtime';
import { intakeForm } from '../../builders/dossier';
import { freshDevice } from './harness';

const NOW = '2026-03-10T02:00:00.000Z';

afterEach(async () => {
	await stopRuntime();
});

async function deviceWithDossiers(n: number) {
	const rt = await freshDevice();
	for (let i = 0; i < n; i++) {
		const r = await intake(rt, intakeForm(), NOW);
		if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
	}
	return rt;
}

describe('backup and restore', () => {
	it('restores every document into an empty device, and a second import changes nothing', async () => {
		const source = await deviceWithDossiers(3);
		const text = await backupText(source, NOW);
		expect(text).not.toBeNull();
		const sourceDocs = (await source.commune!.allDocs()).rows.map((r) => `${r.id}@${r.value.rev}`);

		const target = await freshDevice();
		const first = await restoreText(target, text!);
		expect(first).toEqual({ ok: true, added: 3, total: 3 });
		const second = await restoreText(target, text!);
		expect(second).toEqual({ ok: true, added: 0, total: 3 });
		const targetDocs = (await target.commune!.allDocs()).rows.map((r) => `${r.id}@${r.value.rev}`);
		expect(targetDocs).toEqual(sourceDocs);
		expect(await target.read.dossiers.count()).toBe(3);
	});

	it('continues numbering after the restored dossiers of the same slot', async () => {
		const source = await deviceWithDossiers(2);
		const text = await backupText(source, NOW);
		const target = await freshDevice();
		await restoreText(target, text!);
		const next = await intake(target, intakeForm(), NOW);
		expect(next.ok && next.value.dossier.code).toBe('000.01.11.H99-260310-2003');
		expect(next.ok && next.value.dossier.book.entry).toBe(3);
	});

	it('refuses a damaged file and writes nothing', async () => {
		const source = await deviceWithDossiers(1);
		const text = await backupText(source, NOW);
		const damaged = text!.replace('Nguyễn Thị Hoa', 'Nguyễn Thị Hoà');
		const target = await freshDevice();
		expect(await restoreText(target, damaged)).toEqual({
			ok: false,
			failure: { kind: 'checksum' }
		});
		expect(await restoreText(target, 'not json')).toEqual({
			ok: false,
			failure: { kind: 'not_a_backup' }
		});
		expect((await target.commune!.info()).doc_count).toBe(0);
	});
});
