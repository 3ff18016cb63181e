// Real IndexedDB semantics in Node for the unit level: fake-indexeddb, on which PouchDB's own idb
// adapter and Dexie both run unchanged. (The browser's real IndexedDB is exercised by e2e.)
import 'fake-indexeddb/auto';

(globalThis as { self?: unknown }).self ??= globalThis;
