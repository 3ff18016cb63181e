import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openJournal, type DeviceRow } from '$lib/db/store/journal';
import { PouchDB } from '$lib/db/store/pouch';
import { startRuntime, stopRuntime, type Runtime } from '$lib/db/runtime';
import memory from 'pouchdb-adapter-memory';

// PouchDB's idb adapter does not run on fake-indexeddb; Node tests keep PouchDB in memory
// (allowed at the unit level) while Dexie runs on fake-indexeddb. Real IndexedDB: e2e.
PouchDB.plugin(memory);

let counter = 0;
/** Device namespace: memory databases live as long as the process, so each device gets its own. */
let namespace = 'dev-0';
export const openDb = (name: string) => new PouchDB(`${namespace}-${name}`, { adapter: 'memory' });

/** A brand-new, empty IndexedDB for both Dexie and PouchDB's idb adapter. */
export function freshIndexedDb(): void {
	const factory = new IDBFactory();
	globalThis.indexedDB = factory;
	Dexie.dependencies.indexedDB = factory;
	Dexie.dependencies.IDBKeyRange = IDBKeyRange;
}

/**
 * A fresh device: empty IndexedDB, enrolled in the seed's first commune with a slot, then the
 * runtime started exactly as the browser's `hooks.client.ts` does.
 */
export async function freshDevice(device: Partial<DeviceRow> = {}): Promise<Runtime> {
	await stopRuntime();
	freshIndexedDb();
	counter += 1;
	namespace = `dev-${counter}`;
	const journal = openJournal();
	await journal.device.put({
		key: 'device',
		device_id: `dev-test-${counter}`,
		commune_code: '99901',
		slot: 2,
		officer: { id: 'cb-01', name: 'Lò Văn Minh' },
		enrolled_at: '2026-01-05T01:00:00.000Z',
		...device
	});
	journal.close();
	return startRuntime({ openDb });
}

/** Restarts the runtime on the same IndexedDB, like reopening the browser (maybe a new build). */
export async function restart(appVersion?: string): Promise<Runtime> {
	await stopRuntime();
	return startRuntime({ openDb, ...(appVersion ? { appVersion } : {}) });
}
