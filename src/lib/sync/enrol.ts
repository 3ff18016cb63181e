import type { LocalDb } from '$lib/db/store';
import {
	claimTargets,
	slotClaimId,
	type ClaimTarget,
	type Revocation,
	type SlotClaim
} from '$lib/domain/codes/slot-claims';

/** Slots a commune can hand out: the dossier code's XXXX has room for ten 999-number ranges. */
export const SLOT_COUNT = 10;

export type EnrolResult =
	| {
			readonly ok: true;
			readonly slot: number;
			/** 0 for a slot's first holder; more once a revoked device's slot was claimed again. */
			readonly generation: number;
			/** A freed slot's first receipt date (issue 19), null otherwise. */
			readonly firstDate: string | null;
	  }
	| { readonly ok: false; readonly reason: 'no_free_slot' | 'refused' | 'offline' };

interface SlotDoc extends SlotClaim {
	_id: string;
	type: 'slot';
}

interface DeviceDoc {
	slot: number;
	generation?: number;
	first_date?: string | null;
}

const rangeOf = (prefix: string) => ({ startkey: prefix, endkey: `${prefix}\ufff0` });

function resultOf(record: DeviceDoc): EnrolResult {
	return {
		ok: true,
		slot: record.slot,
		generation: record.generation ?? 0,
		firstDate: record.first_date ?? null
	};
}

/**
 * Device enrolment against the commune database upstream (protocol in docs/SERVER.md, the same
 * as server/enrol/claim-slot.js): the device claims the first free slot by creating its claim
 * document; CouchDB's conflict on an existing id decides races, the design document makes slot
 * and device records create-only. A never-used slot goes first; a slot whose holder the upstream
 * office revoked is claimed again under a new generation whose codes start on the day after the
 * revocation (`domain/codes/slot-claims.ts`). Retrying with the same device id returns the slot
 * it already holds.
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
		const existing = await remote.get<DeviceDoc>(deviceKey).catch((e: { status?: number }) => {
			if (e.status === 404) return null;
			throw e;
		});
		if (existing) return resultOf(existing);
		const slots = await remote.allDocs<SlotDoc>({
			...rangeOf(`slot:${commune}:`),
			include_docs: true
		});
		const revoked = await remote.allDocs<Revocation>({
			...rangeOf(`revocation:${commune}:`),
			include_docs: true
		});
		const claims = slots.rows.flatMap((r) => (r.doc ? [r.doc] : []));
		let mine: ClaimTarget | null = null;
		for (const c of claims) {
			if (c.device_id === deviceId) {
				mine = { slot: c.slot, generation: c.generation ?? 0, firstDate: c.first_date ?? null };
			}
		}
		const revocations = revoked.rows.flatMap((r) => (r.doc ? [r.doc] : []));
		for (const target of mine ? [] : claimTargets(claims, revocations, SLOT_COUNT)) {
			const id = slotClaimId(commune, target.slot, target.generation);
			await remote
				.put({
					_id: id,
					type: 'slot',
					commune,
					slot: target.slot,
					device_id: deviceId,
					claimed_at: now,
					claimed_by: user,
					...(target.generation > 0
						? { generation: target.generation, first_date: target.firstDate }
						: {})
				})
				.catch((e: { status?: number }) => {
					if (e.status !== 409) throw e;
				});
			const stored = await remote.get<SlotDoc>(id);
			if (stored.device_id === deviceId) {
				mine = target;
				break;
			}
		}
		if (!mine) return { ok: false, reason: 'no_free_slot' };
		await remote
			.put({
				_id: deviceKey,
				type: 'device',
				commune,
				device_id: deviceId,
				slot: mine.slot,
				...(mine.generation > 0 ? { generation: mine.generation, first_date: mine.firstDate } : {}),
				enrolled_at: now,
				enrolled_by: user
			})
			.catch((e: { status?: number }) => {
				if (e.status !== 409) throw e;
			});
		return { ok: true, ...mine };
	} catch (error) {
		const status = (error as { status?: number }).status ?? 0;
		return { ok: false, reason: status === 401 || status === 403 ? 'refused' : 'offline' };
	}
}
