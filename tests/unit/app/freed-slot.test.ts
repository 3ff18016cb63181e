import { afterEach, describe, expect, it } from 'vitest';
import { expectOk } from '../../builders/result';
import { stopRuntime } from '$lib/db/runtime';
import { intake } from '$lib/app/dossier/intake';
import { inheritNumbering } from '$lib/db/store';
import { freshDevice } from '../db/harness';
import { intakeForm } from '../../builders/dossier';

/**
 * Issue 19: a device holding a freed slot (generation 1) never takes a code its revoked
 * predecessor could have issued, and its tracking-book volume carries on after the
 * predecessor's entries once its records came down.
 */
const TUESDAY = '2026-03-10T02:00:00.000Z';
const WEDNESDAY = '2026-03-11T02:00:00.000Z';

afterEach(async () => {
	await stopRuntime();
});

describe('the new holder of a freed slot', () => {
	it('mints from its first date on, after the old holder’s book entries', async () => {
		const old = await freshDevice({ slot: 2 });
		const codes: string[] = [];
		for (let i = 0; i < 3; i++) {
			const r = await intake(old, intakeForm(), TUESDAY);
			expectOk(r);
			codes.push(r.value.dossier.code);
		}
		const pushed = await old.commune!.allDocs({ include_docs: true });
		const docs = pushed.rows.flatMap((r) => (r.doc && !r.id.startsWith('_') ? [r.doc] : []));

		const heir = await freshDevice({ slot: 2, slot_generation: 1, slot_first_date: '2026-03-11' });
		// The revocation day: numbers of slot 2 may still be the old phone's.
		const early = await intake(heir, intakeForm(), TUESDAY);
		expect(early.ok).toBe(false);
		if (!early.ok && 'errors' in early) {
			expect(early.errors[0]).toMatchObject({ code: 'slot_not_yet', field: 'slot' });
		}
		// Replication brings the old holder's records; the heir inherits its numbers.
		await heir.commune!.bulkDocs(docs, { new_edits: false });
		expect(await inheritNumbering(heir.journal, heir.commune!, 2)).toBe(3);
		const next = await intake(heir, intakeForm(), WEDNESDAY);
		expectOk(next);
		expect(next.value.dossier.code).toBe('000.01.11.H99-260311-2001');
		expect(codes).not.toContain(next.value.dossier.code);
		expect(next.value.dossier.book).toEqual({ year: 2026, volume: 3, entry: 4 });
	});
});
