/** @typedef {import('./couch-client.js').CouchClient} CouchClient */

/** Apache CouchDB 3.4's default `Access-Control-Expose-Headers` (chttpd_cors.hrl). */
export const COUCH_EXPOSED_HEADERS =
	'accept-ranges, etag, server, x-couch-request-id, x-couch-update-newrev, x-couchdb-body-time';

/**
 * What Apache CouchDB needs to serve an app from another origin (TOOLCHAIN.md): PouchDB's http
 * adapter always sends credentials, so the origin must be listed exactly and `credentials` on;
 * `content-encoding` is listed because the client gzips replication bodies.
 * List values are merged with what is configured; nothing an operator set is removed.
 * @param {string} origin
 * @returns {Array<[section: string, key: string, value: string, list: boolean]>}
 */
export function corsSettings(origin) {
	return [
		['chttpd', 'enable_cors', 'true', false],
		['cors', 'origins', origin, true],
		['cors', 'credentials', 'true', false],
		['cors', 'methods', 'GET, PUT, POST, HEAD, DELETE', true],
		// Setting the key replaces CouchDB's default list, so the defaults come first; `date` lets
		// the app read the server's clock (the sync page's clock check).
		['cors', 'exposed_headers', `${COUCH_EXPOSED_HEADERS}, date`, true],
		[
			'cors',
			'headers',
			'accept, authorization, content-type, content-encoding, origin, referer',
			true
		]
	];
}

/** @param {string} value */
function items(value) {
	return value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * Sets CouchDB's CORS configuration through `/_node/_local/_config` (CouchDB 3.x; the embedded
 * server maps the same path). Idempotent.
 * @param {CouchClient} client
 * @param {string} origin
 * @returns {Promise<{ updated: number, unchanged: number }>}
 */
export async function ensureCors(client, origin) {
	const report = { updated: 0, unchanged: 0 };
	for (const [section, key, value, isList] of corsSettings(origin)) {
		const path = `/_node/_local/_config/${section}/${key}`;
		const res = await client.request('GET', path);
		if (res.status !== 200 && res.status !== 404) throw new Error(`GET ${path} → ${res.status}`);
		const current = res.status === 200 ? String(res.body) : '';
		let next = value;
		if (isList) {
			const have = items(current);
			const lower = have.map((s) => s.toLowerCase());
			const add = items(value).filter((v) => !lower.includes(v.toLowerCase()));
			next = [...have, ...add].join(', ');
		}
		if (items(next).join(',') === items(current).join(',')) {
			report.unchanged += 1;
			continue;
		}
		await client.expect('PUT', path, next);
		report.updated += 1;
	}
	return report;
}
