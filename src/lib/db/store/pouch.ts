import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

/**
 * PouchDB for the browser, composed from the 9.0 packages. The `idb` adapter, never the newer
 * `indexeddb` one: the latter loses writes when two tabs write at once (apache/pouchdb#8494,
 * 144 of 200 puts measured), and the two cannot open each other's databases, so this choice is
 * final for every device in the field.
 */
PouchDB.plugin(idb).plugin(http).plugin(replication);

export type LocalDb = PouchDB.Database;

/** Opens (creating if needed) the local database `name` on IndexedDB. */
export function openLocalDb(name: string): LocalDb {
	return new PouchDB(name, { adapter: 'idb', auto_compaction: false });
}

export { PouchDB };
