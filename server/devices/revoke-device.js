import { createCouchClient, docPath } from '../provision/couch-client.js';
import { nextDay, vnDateOf } from './vn-date.js';

/**
 * Revokes a device of a commune (issue 19), as a server admin, in this order:
 * 1. adds its id to `revoked_devices` in the `_security` of `commune-<c>` and `media-<c>`:
 *    from that instant `validate_doc_update` refuses every new document naming the device
 *    (validate-commune.js), whatever time the device claims to have written it;
 * 2. writes `revocation:<c>:<device>` (create-only) into `commune-<c>`: the device reads it at
 *    its next contact, wipes its local data and stops syncing; the slot it held may be claimed
 *    again from `free_from`, the Vietnam day after the revocation (slot-claims.js).
 * Revoking twice changes nothing and answers the first revocation.
 * @param {{
 *   couchUrl: string, commune: string, deviceId: string,
 *   auth: import('../provision/couch-client.js').Credentials,
 *   reason?: string, now?: () => Date
 * }} options
 */
export async function revokeDevice({
	couchUrl,
	commune,
	deviceId,
	auth,
	reason,
	now = () => new Date()
}) {
	const client = createCouchClient(couchUrl, auth);
	const db = `commune-${commune}`;
	const record = await client.request('GET', docPath(db, `device:${commune}:${deviceId}`));
	if (record.status === 404)
		throw new Error(`no device ${deviceId} enrolled in commune ${commune}`);
	if (record.status !== 200) throw new Error(`read device record: HTTP ${record.status}`);

	for (const target of [db, `media-${commune}`]) await addToRevokedList(client, target, deviceId);

	const path = docPath(db, `revocation:${commune}:${deviceId}`);
	const at = now().toISOString();
	const doc = {
		type: 'revocation',
		commune,
		device_id: deviceId,
		slot: record.body.slot,
		generation: record.body.generation ?? 0,
		revoked_at: at,
		revoked_by: auth.name,
		free_from: nextDay(vnDateOf(at)),
		...(reason ? { reason } : {})
	};
	const put = await client.request('PUT', path, doc);
	if (put.status === 409) {
		const stored = await client.expect('GET', path);
		return { ...stored, already: true };
	}
	if (put.status !== 201 && put.status !== 202) {
		throw new Error(`write revocation: HTTP ${put.status} ${put.body?.reason ?? ''}`);
	}
	return { ...doc, already: false };
}

/**
 * @param {import('../provision/couch-client.js').CouchClient} client
 * @param {string} db
 * @param {string} deviceId
 */
async function addToRevokedList(client, db, deviceId) {
	const security = (await client.expect('GET', `/${db}/_security`)) ?? {};
	/** @type {string[]} */
	const list = Array.isArray(security.revoked_devices) ? security.revoked_devices : [];
	if (list.includes(deviceId)) return;
	await client.expect('PUT', `/${db}/_security`, {
		...security,
		revoked_devices: [...list, deviceId]
	});
}

/**
 * The commune's devices as upstream knows them: slot, generation, who enrolled it, revoked or not.
 * @param {{ couchUrl: string, commune: string, auth: import('../provision/couch-client.js').Credentials }} options
 */
export async function listDevices({ couchUrl, commune, auth }) {
	const client = createCouchClient(couchUrl, auth);
	/** @param {string} prefix */
	const rows = async (prefix) => {
		const q = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
		const body = await client.expect('GET', `/commune-${commune}/_all_docs?include_docs=true&${q}`);
		return /** @type {any[]} */ (body.rows).flatMap((r) => (r.doc ? [r.doc] : []));
	};
	const revocations = new Map((await rows(`revocation:${commune}:`)).map((r) => [r.device_id, r]));
	return (await rows(`device:${commune}:`)).map((d) => ({
		device_id: /** @type {string} */ (d.device_id),
		slot: /** @type {number} */ (d.slot),
		generation: /** @type {number} */ (d.generation ?? 0),
		enrolled_at: /** @type {string} */ (d.enrolled_at),
		enrolled_by: /** @type {string} */ (d.enrolled_by),
		revoked_at: /** @type {string | null} */ (revocations.get(d.device_id)?.revoked_at ?? null)
	}));
}
