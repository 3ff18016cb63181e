/**
 * The device's storage: persistence, usage and quota, and the one error every write path must
 * turn into words an officer understands (QuotaExceededError).
 */

export interface StorageReport {
	readonly persisted: boolean;
	readonly usageBytes: number | null;
	readonly quotaBytes: number | null;
}

/** Asks the browser not to evict our data under storage pressure. Safe to call at every start. */
export async function requestPersistence(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
	if (await navigator.storage.persisted()) return true;
	return navigator.storage.persist();
}

export async function storageReport(): Promise<StorageReport> {
	if (typeof navigator === 'undefined' || !navigator.storage?.estimate) {
		return { persisted: false, usageBytes: null, quotaBytes: null };
	}
	const [estimate, persisted] = await Promise.all([
		navigator.storage.estimate(),
		navigator.storage.persisted()
	]);
	return {
		persisted,
		usageBytes: estimate.usage ?? null,
		quotaBytes: estimate.quota ?? null
	};
}

/** True for the quota failure in every shape IndexedDB, Dexie and PouchDB report it. */
export function isQuotaError(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false;
	const e = error as { name?: unknown; inner?: unknown; message?: unknown; reason?: unknown };
	if (e.name === 'QuotaExceededError') return true;
	if (e.inner && isQuotaError(e.inner)) return true;
	// Dexie wraps it as AbortError with inner QuotaExceededError; PouchDB's idb adapter as
	// `{ status: 500, name: 'indexed_db_went_bad' | 'abort', message: '... QuotaExceededError ...' }`,
	// or, when the database could not even open, with the cause in `reason`.
	return [e.message, e.reason].some((m) => typeof m === 'string' && /quota/i.test(m));
}
