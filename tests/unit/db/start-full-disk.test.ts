import { afterEach, describe, expect, it } from 'vitest';
import { intake } from '$lib/app/dossier/intake';
import { isQuotaError } from '$lib/db/store/persistence';
import type { LocalDb } from '$lib/db/store/pouch';
import { startRuntime, stopRuntime } from '$lib/db/runtime';
import { intakeForm } from '../../builders/dossier';
import { freshDevice, openDb } from './harness';

const NOW = '2026-03-10T02:00:00.000Z';

afterEach(async () => {
	await stopRuntime();
});

/**
 * A PouchDB that could not open, as the idb adapter leaves it on a full disk (it writes its
 * metadata on open): every call fails with the adapter's quota error. The browser case runs in
 * tests/e2e/store-quota.spec.ts on a real Chromium quota.
 */
function unopenable(): LocalDb {
	// pouchdb-errors' IDB_ERROR with the transaction's error name as its reason.
	const error = {
		status: 500,
		name: 'indexed_db_went_bad',
		message: 'unknown',
		reason: 'QuotaExceededError'
	};
	const feed = { on: () => feed, cancel: () => undefined };
	return new Proxy({} as LocalDb, {
		get: (_, key) =>
			key === 'changes'
				? (opts: { live?: boolean }) => (opts.live ? feed : Promise.reject(error))
				: () => Promise.reject(error)
	});
}

describe('start-up on a full disk', () => {
	it('opens on the read model it has, says why nothing can be written, and keeps the journal', async () => {
		const rt = await freshDevice();
		const saved = await intake(rt, intakeForm(), NOW);
		expect(saved.ok).toBe(true);
		await rt.projector?.idle();
		expect(rt.startFailure).toBeNull();
		await stopRuntime();

		const full = await startRuntime({ openDb: unopenable });
		expect(full.startFailure).toEqual({ kind: 'quota' });
		expect(await full.read.dossiers.count()).toBe(1);
		expect(await full.read.procedures.count()).toBeGreaterThan(0);
		await stopRuntime();

		// Room again: the same device opens normally and its dossier is still whole.
		const again = await startRuntime({ openDb });
		expect(again.startFailure).toBeNull();
		expect((await again.commune!.allDocs()).rows.length).toBeGreaterThan(0);
	});
});

describe('isQuotaError', () => {
	it('knows the quota failure in the shapes IndexedDB, Dexie and PouchDB give it', () => {
		const dom = new DOMException('full', 'QuotaExceededError');
		expect(isQuotaError(dom)).toBe(true);
		expect(isQuotaError({ name: 'AbortError', inner: dom })).toBe(true);
		expect(isQuotaError({ status: 500, name: 'abort', message: 'QuotaExceededError' })).toBe(true);
		expect(
			isQuotaError({ status: 500, name: 'indexed_db_went_bad', reason: 'QuotaExceededError' })
		).toBe(true);
		expect(isQuotaError({ status: 500, name: 'indexed_db_went_bad', reason: 'UnknownError' })).toBe(
			false
		);
		expect(isQuotaError(new Error('network'))).toBe(false);
		expect(isQuotaError(undefined)).toBe(false);
	});
});
