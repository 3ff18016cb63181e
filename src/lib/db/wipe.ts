import { stopRuntime } from './runtime';

/**
 * Removes every database this app keeps in IndexedDB on this origin (issue 19, a revoked
 * device): the PouchDB record stores (idb adapter: `_pouch_<name>`), the Dexie read model and
 * the journal (entries, counters, device row, login verifier, photos). The databases are closed
 * first, since `deleteDatabase` waits for open connections. Chromium lists them with
 * `indexedDB.databases()`; elsewhere the known names are removed.
 */
export async function wipeDatabases(names: readonly string[]): Promise<void> {
	await stopRuntime();
	const listed = 'databases' in indexedDB ? await indexedDB.databases().catch(() => []) : [];
	const all = new Set([...names, ...listed.flatMap((d) => (d.name ? [d.name] : []))]);
	await Promise.all([...all].map((name) => deleteDatabase(name)));
}

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => resolve();
		// Another tab still holds it open: it is deleted once that tab closes or reloads.
		request.onblocked = () => resolve();
	});
}

/** The IndexedDB names this device uses, for browsers without `indexedDB.databases()`. */
export function knownDatabaseNames(recordsDb: string | null): string[] {
	const pouch = ['catalog', ...(recordsDb ? [recordsDb] : [])].map((n) => `_pouch_${n}`);
	return [...pouch, 'motcua-read', 'motcua-journal'];
}
