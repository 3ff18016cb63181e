import { openJournal, type DeviceRow, type JournalDb } from '$lib/db/store';
import { openLocalDb, type LocalDb } from '$lib/db/store';
import { Projector } from '$lib/db/read-model';
import { openReadModel, type ReadModelDb } from '$lib/db/read-model';
import { clearRows, rowTables } from '$lib/db/read-model';
import { projectCatalog } from '$lib/db/read-model';
import { replayJournal } from '$lib/db/store';
import { requestPersistence } from '$lib/db/store';
import { storageFailure, sealedDb, type StorageFailure } from '$lib/db/store';
import { LockedError, vault } from '$lib/crypto';

/**
 * Everything the device has open: set up once at start-up by `startRuntime`. The journal, read
 * model and catalog stay open for the life of the page (so live queries keep working); the
 * commune database and its projector are swapped by `reloadDevice` when the device's setup
 * changes (login into another commune, enrolment).
 */
export interface Runtime {
	readonly journal: JournalDb;
	readonly read: ReadModelDb;
	readonly catalog: LocalDb;
	device: DeviceRow;
	/** The commune database, once the device belongs to a commune. */
	commune: LocalDb | null;
	projector: Projector | null;
	readonly catalogFeed: { cancel(): void };
	readonly openDb: (name: string) => LocalDb;
	/**
	 * Why the record store could not be written at start-up (a full disk: PouchDB cannot even
	 * open, it writes its metadata on open). The app still opens on the read model so the
	 * book, today and the reports work; every write then says why it was refused.
	 */
	startFailure: StorageFailure | null;
}

let current: Runtime | null = null;
let unfollow: (() => void) | null = null;

/** The running runtime; screens and commands only run after `startRuntime` resolved. */
export function getRuntime(): Runtime {
	if (!current) throw new Error('MotCua runtime not started');
	return current;
}

const now = () => new Date().toISOString();

function newDeviceId(): string {
	return `d-${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

async function loadDevice(journal: JournalDb): Promise<DeviceRow> {
	return journal.transaction('rw', journal.device, async () => {
		const existing = await journal.device.get('device');
		if (existing) return existing;
		const row: DeviceRow = {
			key: 'device',
			device_id: newDeviceId(),
			commune_code: null,
			slot: null,
			officer: null,
			enrolled_at: null
		};
		await journal.device.put(row);
		return row;
	});
}

/** A new commune on this device: its dossiers replace the read model's. */
async function switchReadModel(read: ReadModelDb, communeCode: string) {
	const previous = (await read.meta.get('commune'))?.value;
	if (previous === communeCode) return;
	await read.transaction('rw', [...rowTables(read), read.meta], async () => {
		await clearRows(read);
		await read.meta.delete('projector.since');
		await read.meta.put({ key: 'commune', value: communeCode });
	});
}

/**
 * Opens the databases, repairs from the journal, loads the catalog and starts following the
 * commune database. Called by `hooks.client.ts` before the first page renders, and again after
 * the device changes commune.
 */
export interface RuntimeOptions {
	/** How to open a PouchDB database; Node unit tests pass PouchDB's memory adapter here. */
	readonly openDb?: (name: string) => LocalDb;
	/** The app build's version (SvelteKit's `version`), to refresh the bundled catalog. */
	readonly appVersion?: string;
}

export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
	await stopRuntime();
	const openDb = options.openDb ?? openLocalDb;
	const journal = openJournal();
	const read = openReadModel();
	const catalog = openDb('catalog');
	const device = await loadDevice(journal);
	let startFailure: StorageFailure | null = null;
	try {
		await projectCatalog(catalog, read, now, options.appVersion);
	} catch (error) {
		// The read model keeps the catalog it last projected.
		startFailure = storageFailure(error);
	}
	// Catalog documents replicated down from upstream replace the bundled catalog as they come.
	let pending: ReturnType<typeof setTimeout> | null = null;
	const catalogFeed = catalog.changes({ since: 'now', live: true }).on('change', () => {
		if (pending) clearTimeout(pending);
		pending = setTimeout(() => void projectCatalog(catalog, read, now, options.appVersion), 500);
	});
	const rt: Runtime = {
		journal,
		read,
		catalog,
		device,
		commune: null,
		projector: null,
		catalogFeed,
		openDb,
		startFailure
	};
	current = rt;
	unfollow?.();
	unfollow = followLock(rt);
	await openCommune(rt);
	void requestPersistence();
	return rt;
}

/** The records this device holds: its commune's, or (issue 17) its upstream unit's inbox. */
export function recordsDbName(device: DeviceRow): string | null {
	if (device.upstream_unit) return `liaison-${device.upstream_unit}`;
	return device.commune_code ? `commune-${device.commune_code}` : null;
}

async function openCommune(rt: Runtime): Promise<void> {
	const name = recordsDbName(rt.device);
	if (!name) return;
	// The records database seals what it stores (issue 19); the catalog holds nothing personal.
	const commune = sealedDb(rt.openDb(name));
	await switchReadModel(rt.read, rt.device.upstream_unit ? name : (rt.device.commune_code ?? name));
	try {
		await replayJournal(rt.journal, commune);
	} catch (error) {
		// Journal entries stay pending and are replayed at the next start (or the next unlock:
		// an entry journalled before the device had a secret is sealed only with the key).
		if (!(error instanceof LockedError)) rt.startFailure ??= storageFailure(error);
	}
	const projector = new Projector(commune, rt.read, now);
	rt.commune = commune;
	rt.projector = projector;
	// Folding needs the plain documents: the projector runs only while the device is unlocked.
	if (vault.state !== 'locked') projector.start();
}

/**
 * Follows the lock (issue 19): unlocked, the journal's pending entries go to PouchDB and the
 * projector catches up; locked, it stops (the checkpoint stays, nothing is lost).
 */
function followLock(rt: Runtime): () => void {
	return vault.onChange((state) => {
		if (state === 'locked') {
			rt.projector?.stop();
			return;
		}
		const commune = rt.commune;
		if (!commune) return;
		void replayJournal(rt.journal, commune)
			.catch(() => undefined)
			.then(() => rt.projector?.start());
	});
}

/** Re-reads the device's setup and reopens its commune database if it changed. */
export async function reloadDevice(): Promise<Runtime> {
	const rt = getRuntime();
	const device = await loadDevice(rt.journal);
	const communeChanged = recordsDbName(device) !== recordsDbName(rt.device);
	rt.device = device;
	if (communeChanged) {
		rt.projector?.stop();
		await rt.projector?.idle();
		await rt.commune?.close().catch(() => undefined);
		rt.commune = null;
		rt.projector = null;
		await openCommune(rt);
	}
	return rt;
}

/** Stops following and closes every database (before switching commune, and in tests). */
export async function stopRuntime(): Promise<void> {
	const rt = current;
	current = null;
	unfollow?.();
	unfollow = null;
	if (!rt) return;
	rt.projector?.stop();
	rt.catalogFeed.cancel();
	await rt.projector?.idle();
	rt.journal.close();
	rt.read.close();
	// A database that never opened (full disk) cannot close either; there is nothing to close.
	await rt.catalog.close().catch(() => undefined);
	await rt.commune?.close().catch(() => undefined);
}
