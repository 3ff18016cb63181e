import { ensureNodeConfig } from './node-config.js';

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

/**
 * Sets CouchDB's CORS configuration through `/_node/_local/_config` (CouchDB 3.x; the embedded
 * server maps the same path). Idempotent.
 * @param {CouchClient} client
 * @param {string} origin
 * @returns {Promise<{ updated: number, unchanged: number }>}
 */
export const ensureCors = (client, origin) => ensureNodeConfig(client, corsSettings(origin));
