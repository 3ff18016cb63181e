import type { JournalDb } from './journal';

/** Writes this device's setup (strict durability, like everything in the journal database). */
export async function saveDeviceSetup(
	journal: JournalDb,
	setup: {
		commune_code: string;
		slot: number | null;
		officer: { id: string; name: string };
		now: string;
	}
): Promise<void> {
	await journal.transaction('rw', journal.device, async () => {
		const current = await journal.device.get('device');
		if (!current) throw new Error('device row missing');
		await journal.device.put({
			...current,
			commune_code: setup.commune_code,
			slot: setup.slot,
			officer: setup.officer,
			enrolled_at: current.slot === setup.slot ? current.enrolled_at : setup.now
		});
	});
}

/** Remembers the upstream CouchDB this device syncs with (null: the app's own origin). */
export async function saveUpstreamUrl(journal: JournalDb, url: string | null): Promise<void> {
	await journal.transaction('rw', journal.device, async () => {
		const current = await journal.device.get('device');
		if (!current) throw new Error('device row missing');
		if ((current.upstream_url ?? null) !== url)
			await journal.device.put({ ...current, upstream_url: url });
	});
}
