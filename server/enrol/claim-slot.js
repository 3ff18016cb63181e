import { createCouchClient, docPath } from '../provision/couch-client.js';

/**
 * Device enrolment, the Node side of the protocol in docs/SERVER.md (the browser client
 * implements the same requests). It needs nothing but plain CouchDB: the slot is a document
 * `slot:<commune>:<k>` in the commune database, created without `_rev`, so CouchDB's 409
 * conflict on an existing `_id` decides who got it; `_design/motcua` makes slot and device
 * documents create-only, so a slot is never released nor reused.
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
 * @returns {Promise<{ slot: number, deviceId: string }>}
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
	if (existing.status === 200) return { slot: existing.body.slot, deviceId };
	if (existing.status !== 404) throw unexpected(existing, 'read device record');

	// 2. Which slots are taken, and is one of them already ours (claimed, record not written)?
	const range = `startkey=${encodeURIComponent(JSON.stringify(`slot:${commune}:`))}&endkey=${encodeURIComponent(JSON.stringify(`slot:${commune}:\ufff0`))}`;
	const list = await client.request('GET', `/${db}/_all_docs?include_docs=true&${range}`);
	if (list.status !== 200) throw unexpected(list, 'list slots');
	/** @type {Set<number>} */
	const taken = new Set();
	let slot = -1;
	for (const row of list.body.rows) {
		if (!row.doc) continue;
		taken.add(row.doc.slot);
		if (row.doc.device_id === deviceId) slot = row.doc.slot;
	}

	// 3. Claim the lowest free slot; a 409 means another device was faster: try the next one.
	const at = now().toISOString();
	for (let k = 0; slot < 0 && k < SLOT_COUNT; k++) {
		if (taken.has(k)) continue;
		const path = docPath(db, `slot:${commune}:${k}`);
		const claim = {
			type: 'slot',
			commune,
			slot: k,
			device_id: deviceId,
			claimed_at: at,
			claimed_by: auth.name
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
		if (check.body.device_id === deviceId) slot = k;
	}
	if (slot < 0) {
		throw new EnrolmentError(
			'no_free_slot',
			`commune ${commune} has no free device slot (all ${SLOT_COUNT} used)`
		);
	}

	// 4. The device record (create-only; a retry finds its own record).
	const record = {
		type: 'device',
		commune,
		device_id: deviceId,
		slot,
		enrolled_at: at,
		enrolled_by: auth.name
	};
	const res = await client.request('PUT', devicePath, label ? { ...record, label } : record);
	if (res.status === 409) {
		const again = await client.request('GET', devicePath);
		if (again.status === 200) return { slot: again.body.slot, deviceId };
	}
	if (res.status !== 201 && res.status !== 202 && res.status !== 409) {
		throw unexpected(res, 'write device record');
	}
	return { slot, deviceId };
}
