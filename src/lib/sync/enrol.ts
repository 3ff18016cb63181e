import type { LocalDb } from '$lib/db/store';

/** Slots a commune can hand out: the dossier code's XXXX has room for ten 999-number ranges. */
export const SLOT_COUNT = 10;

export type EnrolResult =
	| { readonly ok: true; readonly slot: number }
	| { readonly ok: false; readonly reason: 'no_free_slot' | 'refused' | 'offline' };

interface SlotDoc {
	_id: string;
	type: 'slot';
	commune: string;
	slot: number;
	device_id: string;
	claimed_at: string;
	claimed_by: string;
}

/**
 * Device enrolment against the commune database upstream (protocol in docs/SERVER.md, the same
 * as server/enrol/claim-slot.js): the device claims the lowest free `slot:<commune>:<k>` by
 * creating it; CouchDB's conflict on an existing id decides races, the design document makes
 * slot and device records create-only, so a slot is never reused. Retrying with the same device
 * id returns the slot it already holds.
 */
export async function enrolDevice(
	remote: LocalDb,
	commune: string,
	deviceId: string,
	user: string,
	now: string
): Promise<EnrolResult> {
	try {
		const deviceKey = `device:${commune}:${deviceId}`;
		const existing = await remote
			.get<{ slot: number }>(deviceKey)
			.catch((e: { status?: number }) => {
				if (e.status === 404) return null;
				throw e;
			});
		if (existing) return { ok: true, slot: existing.slot };
		const slots = await remote.allDocs<SlotDoc>({
			startkey: `slot:${commune}:`,
			endkey: `slot:${commune}:\ufff0`,
			include_docs: true
		});
		const taken = new Set<number>();
		let slot = -1;
		for (const row of slots.rows) {
			if (!row.doc) continue;
			taken.add(row.doc.slot);
			if (row.doc.device_id === deviceId) slot = row.doc.slot;
		}
		for (let k = 0; slot < 0 && k < SLOT_COUNT; k++) {
			if (taken.has(k)) continue;
			const id = `slot:${commune}:${k}`;
			await remote
				.put({
					_id: id,
					type: 'slot',
					commune,
					slot: k,
					device_id: deviceId,
					claimed_at: now,
					claimed_by: user
				})
				.catch((e: { status?: number }) => {
					if (e.status !== 409) throw e;
				});
			const stored = await remote.get<SlotDoc>(id);
			if (stored.device_id === deviceId) slot = k;
		}
		if (slot < 0) return { ok: false, reason: 'no_free_slot' };
		await remote
			.put({
				_id: deviceKey,
				type: 'device',
				commune,
				device_id: deviceId,
				slot,
				enrolled_at: now,
				enrolled_by: user
			})
			.catch((e: { status?: number }) => {
				if (e.status !== 409) throw e;
			});
		return { ok: true, slot };
	} catch (error) {
		const status = (error as { status?: number }).status ?? 0;
		return { ok: false, reason: status === 401 || status === 403 ? 'refused' : 'offline' };
	}
}
