import type { JournalDb } from './journal';

/** Writes this device's setup (strict durability, like everything in the journal database). */
export async function saveDeviceSetup(
	journal: JournalDb,
	setup: {
		commune_code: string;
		slot: number | null;
		officer: { id: string; name: string };
		now: string;
		/** Issue 19: a freed slot's generation and first receipt date (enrolment only). */
		claim?: { generation: number; firstDate: string | null };
	}
): Promise<void> {
	await journal.transaction('rw', journal.device, async () => {
		const current = await journal.device.get('device');
		if (!current) throw new Error('device row missing');
		await journal.device.put({
			...current,
			commune_code: setup.commune_code,
			upstream_unit: null,
			slot: setup.slot,
			officer: setup.officer,
			enrolled_at: current.slot === setup.slot ? current.enrolled_at : setup.now,
			...(setup.claim
				? { slot_generation: setup.claim.generation, slot_first_date: setup.claim.firstDate }
				: current.slot === setup.slot
					? {}
					: { slot_generation: 0, slot_first_date: null })
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

/**
 * Makes this device an upstream unit's (issue 17): it belongs to no commune, mints no codes, and
 * holds the dossiers transferred to `unit`.
 */
export async function saveUpstreamUnit(
	journal: JournalDb,
	setup: { unit: string; officer: { id: string; name: string } }
): Promise<void> {
	await journal.transaction('rw', journal.device, async () => {
		const current = await journal.device.get('device');
		if (!current) throw new Error('device row missing');
		await journal.device.put({
			...current,
			commune_code: null,
			slot: null,
			upstream_unit: setup.unit,
			officer: setup.officer
		});
	});
}
