import { openJournal, type DeviceRow, type JournalDb } from './journal';
import { openLocalDb, type LocalDb } from './pouch';
import { Projector } from './projector';
import { openReadModel, type ReadModelDb } from './read-model';
import { projectCatalog } from './catalog-projector';
import { replayJournal } from './replay';
import { requestPersistence } from './storage';

/** Everything the device has open: set up once at start-up by `startRuntime`. */
export interface Runtime {
	readonly journal: JournalDb;
	readonly read: ReadModelDb;
	readonly catalog: LocalDb;
	readonly device: DeviceRow;
	/** The commune database, once the device belongs to a commune. */
	readonly commune: LocalDb | null;
	readonly projector: Projector | null;
}

let current: Runtime | null = null;

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
	await read.transaction('rw', read.dossiers, read.meta, async () => {
		await read.dossiers.clear();
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
}

export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
	await stopRuntime();
	const openDb = options.openDb ?? openLocalDb;
	const journal = openJournal();
	const read = openReadModel();
	const catalog = openDb('catalog');
	const device = await loadDevice(journal);
	await projectCatalog(catalog, read, now);
	let commune: LocalDb | null = null;
	let projector: Projector | null = null;
	if (device.commune_code) {
		commune = openDb(`commune-${device.commune_code}`);
		await switchReadModel(read, device.commune_code);
		await replayJournal(journal, commune);
		projector = new Projector(commune, read, now);
		projector.start();
	}
	current = { journal, read, catalog, device, commune, projector };
	void requestPersistence();
	return current;
}

/** Stops following and closes every database (before switching commune, and in tests). */
export async function stopRuntime(): Promise<void> {
	const rt = current;
	current = null;
	if (!rt) return;
	rt.projector?.stop();
	await rt.projector?.idle();
	rt.journal.close();
	rt.read.close();
	await rt.catalog.close();
	await rt.commune?.close();
}
