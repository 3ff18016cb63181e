import { createCouchClient, docPath } from '../provision/couch-client.js';
import { claimTargets, slotClaimId } from '../devices/slot-claims.js';

/**
 * Device enrolment, the Node side of the protocol in docs/SERVER.md (the browser client
 * implements the same requests). It needs nothing but plain CouchDB: the slot is a document
 * `slot:<commune>:<k>` in the commune database, created without `_rev`, so CouchDB's 409
 * conflict on an existing `_id` decides who got it; `_design/motcua` makes slot and device
 * documents create-only, so a claim is never changed. A slot whose holder the upstream office
 * revoked (issue 19, `npm run devices -- revoke`) is claimed again under a new generation,
 * `slot:<commune>:<k>:<g>`, with numbers from the day after the revocation (slot-claims.js).
 */

export const SLOT_COUNT = 10;
const DEVICE_ID = /^[a-z0-9-]{3,40}$/;

export class EnrolmentError extends Error {
	/**
	 * @param {'no_free_slot' | 'unauthorized' | 'refused' | 'http'} code
	 * @param {string} message
	 */
	constructor(code, message) {
		super(message);
		this.name = 'EnrolmentError';
		this.code = code;
	}
}

/**
 * @param {import('../provision/couch-client.js').CouchResponse} res
 * @param {string} what
 */
function unexpected(res, what) {
	if (res.status === 401) return new EnrolmentError('unauthorized', `${what}: login required`);
	if (res.status === 403) {
		return new EnrolmentError('refused', `${what}: ${res.body?.reason ?? 'forbidden'}`);
	}
	return new EnrolmentError('http', `${what}: HTTP ${res.status} ${res.body?.reason ?? ''}`.trim());
}

/**
 * Enrols a device of a commune and returns its slot (0–9). Call it once per enrolment with a
 * fresh device id; calling it again with the same id (after a crash or a lost response)
 * returns the same slot instead of taking another.
 * @param {{
 *   couchUrl: string, commune: string, deviceId: string,
 *   auth: import('../provision/couch-client.js').Credentials,
 *   label?: string, now?: () => Date
 * }} options
 * @returns {Promise<{ slot: number, deviceId: string, generation: number, firstDate: string | null }>}
 */
export async function enrolDevice({
	couchUrl,
	commune,
	deviceId,
	auth,
	label,
	now = () => new Date()
}) {
	if (!DEVICE_ID.test(deviceId)) throw new Error(`invalid device id "${deviceId}"`);
	const client = createCouchClient(couchUrl, auth);
	const db = `commune-${commune}`;
	const devicePath = docPath(db, `device:${commune}:${deviceId}`);

	// 1. Already enrolled under this id: the record says which slot.
	const existing = await client.request('GET', devicePath);
	if (existing.status === 200) return resultOf(existing.body, deviceId);
	if (existing.status !== 404) throw unexpected(existing, 'read device record');

	// 2. Which slots are taken or freed, and is one already ours (claimed, record not written)?
	/** @param {string} prefix */
	const range = (prefix) =>
		`startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
	const list = await client.request(
		'GET',
		`/${db}/_all_docs?include_docs=true&${range(`slot:${commune}:`)}`
	);
	if (list.status !== 200) throw unexpected(list, 'list slots');
	const revoked = await client.request(
		'GET',
		`/${db}/_all_docs?include_docs=true&${range(`revocation:${commune}:`)}`
	);
	if (revoked.status !== 200) throw unexpected(revoked, 'list revocations');
	/** @type {import('../devices/slot-claims.js').SlotClaim[]} */
	const claims = list.body.rows.flatMap((/** @type {any} */ row) => (row.doc ? [row.doc] : []));
	/** @type {{ slot: number, generation: number, firstDate: string | null } | null} */
	let mine = null;
	for (const c of claims) {
		if (c.device_id === deviceId) {
			mine = { slot: c.slot, generation: c.generation ?? 0, firstDate: c.first_date ?? null };
		}
	}
	const revocations = revoked.body.rows.flatMap((/** @type {any} */ row) =>
		row.doc ? [row.doc] : []
	);

	// 3. Claim the first free target; a 409 means another device was faster: try the next one.
	const at = now().toISOString();
	for (const target of mine ? [] : claimTargets(claims, revocations, SLOT_COUNT)) {
		const k = target.slot;
		const path = docPath(db, slotClaimId(commune, k, target.generation));
		const claim = {
			type: 'slot',
			commune,
			slot: k,
			device_id: deviceId,
			claimed_at: at,
			claimed_by: auth.name,
			...(target.generation > 0
				? { generation: target.generation, first_date: target.firstDate }
				: {})
		};
		const res = await client.request('PUT', path, claim);
		if (res.status !== 201 && res.status !== 202 && res.status !== 409) {
			throw unexpected(res, `claim slot ${k}`);
		}
		// 409: taken, maybe by this very device (an earlier try whose answer was lost).
		// 201/202: a CouchDB cluster can accept two creations of one id on different nodes and
		// keep both as conflicting revisions; the winning revision, the same on every node, owns
		// the slot. Either way the stored document decides.
		const check = await client.request('GET', `${path}?conflicts=true`);
		if (check.status !== 200) throw unexpected(check, `read slot ${k}`);
		if (check.body.device_id === deviceId) {
			mine = target;
			break;
		}
	}
	if (!mine) {
		throw new EnrolmentError(
			'no_free_slot',
			`commune ${commune} has no free device slot (all ${SLOT_COUNT} used)`
		);
	}
	const slot = mine.slot;

	// 4. The device record (create-only; a retry finds its own record).
	const record = {
		type: 'device',
		commune,
		device_id: deviceId,
		slot,
		...(mine.generation > 0 ? { generation: mine.generation, first_date: mine.firstDate } : {}),
		enrolled_at: at,
		enrolled_by: auth.name
	};
	const res = await client.request('PUT', devicePath, label ? { ...record, label } : record);
	if (res.status === 409) {
		const again = await client.request('GET', devicePath);
		if (again.status === 200) return resultOf(again.body, deviceId);
	}
	if (res.status !== 201 && res.status !== 202 && res.status !== 409) {
		throw unexpected(res, 'write device record');
	}
	return { slot, deviceId, generation: mine.generation, firstDate: mine.firstDate };
}

/**
 * @param {any} record a device record
 * @param {string} deviceId
 */
function resultOf(record, deviceId) {
	return {
		slot: /** @type {number} */ (record.slot),
		deviceId,
		generation: /** @type {number} */ (record.generation ?? 0),
		firstDate: /** @type {string | null} */ (record.first_date ?? null)
	};
}
