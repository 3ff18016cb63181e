import { DESIGN_DOC_ID, designDocFor } from '../design/design-docs.js';
import { docPath } from './couch-client.js';
import { stableStringify } from './json.js';

/** @typedef {import('./couch-client.js').CouchClient} CouchClient */
/** @typedef {{ names?: string[], roles?: string[] }} SecuritySection */
/** @typedef {{ members?: SecuritySection, admins?: SecuritySection, [key: string]: unknown }} Security */

/**
 * Creates a database unless it exists. 412 means someone created it meanwhile: fine.
 * @param {CouchClient} client
 * @param {string} db
 * @returns {Promise<'created' | 'unchanged'>}
 */
export async function ensureDatabase(client, db) {
	const head = await client.request('GET', `/${encodeURIComponent(db)}`);
	if (head.status === 200) return 'unchanged';
	if (head.status !== 404) throw new Error(`GET /${db} → ${head.status}`);
	const res = await client.request('PUT', `/${encodeURIComponent(db)}`);
	if (res.status === 412) return 'unchanged';
	if (res.status !== 201 && res.status !== 202) throw new Error(`PUT /${db} → ${res.status}`);
	return 'created';
}

/**
 * Union of two security sections: provisioning adds what MotCua needs and never removes a
 * name or role an operator added by hand.
 * @param {SecuritySection | undefined} have
 * @param {SecuritySection} want
 * @returns {SecuritySection}
 */
function mergeSection(have, want) {
	const union = (/** @type {string[] | undefined} */ a, /** @type {string[] | undefined} */ b) => [
		...new Set([...(a ?? []), ...(b ?? [])])
	];
	return { ...have, names: union(have?.names, want.names), roles: union(have?.roles, want.roles) };
}

/**
 * @param {CouchClient} client
 * @param {string} db
 * @param {{ members: SecuritySection, admins: SecuritySection }} want
 * @returns {Promise<'updated' | 'unchanged'>}
 */
export async function ensureSecurity(client, db, want) {
	/** @type {Security} */
	const have = (await client.expect('GET', `/${encodeURIComponent(db)}/_security`)) ?? {};
	const next = {
		...have,
		members: mergeSection(have.members, want.members),
		admins: mergeSection(have.admins, want.admins)
	};
	if (stableStringify(next) === stableStringify(have)) return 'unchanged';
	const res = await client.request('PUT', `/${encodeURIComponent(db)}/_security`, next);
	if (res.status === 500 && res.body?.error === 'no_majority') {
		throw new Error(
			`PUT /${db}/_security → 500 no_majority: this CouchDB is not set up as a node yet. ` +
				'For one server set `[couchdb] single_node = true` in local.ini and restart ' +
				'(docs/DEPLOY.md), or finish the cluster setup, then run provisioning again.'
		);
	}
	if (res.status !== 200 && res.status !== 201) {
		throw new Error(`PUT /${db}/_security → ${res.status} ${JSON.stringify(res.body)}`);
	}
	return 'updated';
}

/**
 * Puts `_design/motcua` when it is missing or its validate function differs.
 * @param {CouchClient} client
 * @param {string} db
 * @param {import('../design/design-docs.js').DesignKind} kind
 * @returns {Promise<'created' | 'updated' | 'unchanged'>}
 */
export async function ensureDesignDoc(client, db, kind) {
	const want = designDocFor(kind);
	const path = docPath(db, DESIGN_DOC_ID);
	const have = await client.request('GET', path);
	if (have.status === 404) {
		await client.expect('PUT', path, want);
		return 'created';
	}
	if (have.status !== 200) throw new Error(`GET ${path} → ${have.status}`);
	const same =
		have.body.validate_doc_update === want.validate_doc_update &&
		have.body.language === want.language;
	if (same) return 'unchanged';
	await client.expect('PUT', path, { ...have.body, ...want, _rev: have.body._rev });
	return 'updated';
}

/**
 * Proves the database's `validate_doc_update` compiles and runs on this server: a document no
 * MotCua validate function accepts (no `type`) must be refused with 403. Apache CouchDB answers
 * a design function it cannot compile with 500 `compilation_error` on every write, which a
 * provisioning run that only uploads the design document would never notice. Nothing is stored
 * when the server behaves; if the write was accepted, the stray document is removed and the run
 * fails.
 * @param {CouchClient} client
 * @param {string} db
 */
export async function probeValidation(client, db) {
	const path = docPath(db, 'motcua-provision-probe');
	const res = await client.request('PUT', path, { motcua_probe: true });
	if (res.status === 403) return;
	if (res.status === 201 || res.status === 202) {
		const rev = /** @type {any} */ (res.body)?.rev;
		await client.request('DELETE', `${path}?rev=${encodeURIComponent(String(rev))}`);
		throw new Error(`${db}: a write its validate_doc_update must refuse was accepted`);
	}
	const body = /** @type {any} */ (res.body);
	const reason = body ? `${body.error ?? ''} ${String(body.reason ?? '').slice(0, 160)}` : '';
	throw new Error(`${db}: validate_doc_update does not run here (HTTP ${res.status} ${reason})`);
}

/**
 * A public status database must refuse personal data from anyone, server admins included: the
 * probe writes a status document that is right in every field but one, `name`, and expects 403
 * (issue 16). Nothing is stored when the server behaves.
 * @param {CouchClient} client
 * @param {string} db `status-<code>`
 * @param {string} commune
 */
export async function probeStatusPrivacy(client, db, commune) {
	const path = docPath(db, 'ZZZZZZZZZZZZZZZZ');
	const at = '2026-01-05T02:00:00.000Z';
	const doc = {
		type: 'status',
		commune,
		code: 'motcua-provision-probe',
		procedure_code: 'probe',
		procedure_name: 'probe',
		status: 2,
		appointment_at: at,
		supplement_needed: false,
		unit_name: 'probe',
		updated_at: at,
		name: 'Nguyễn Văn A'
	};
	const res = await client.request('PUT', path, doc);
	if (res.status === 403) return;
	if (res.status === 201 || res.status === 202) {
		const rev = /** @type {any} */ (res.body)?.rev;
		await client.request('DELETE', `${path}?rev=${encodeURIComponent(String(rev))}`);
		throw new Error(`${db}: a public status with a citizen's name was accepted`);
	}
	throw new Error(`${db}: the privacy probe answered HTTP ${res.status}, not 403`);
}

/**
 * The Mango index an upstream unit's device finds its transfers with (issue 17:
 * `{type: 'event', kind: 'transferred', to_unit}` on every commune database). Without it
 * `_find` scans the whole database and CouchDB warns "No matching index found". `POST _index`
 * answers `exists` when the same index is there, so a re-run changes nothing.
 * @param {CouchClient} client
 * @param {string} db
 * @returns {Promise<'created' | 'unchanged'>}
 */
export async function ensureTransferIndex(client, db) {
	const res = await client.expect('POST', `/${encodeURIComponent(db)}/_index`, {
		index: { fields: ['type', 'kind', 'to_unit'] },
		ddoc: 'motcua-transfers',
		name: 'transfers-to-unit',
		type: 'json'
	});
	return res?.result === 'created' ? 'created' : 'unchanged';
}
