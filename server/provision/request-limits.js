import { ensureNodeConfig } from './node-config.js';

/** @typedef {import('./couch-client.js').CouchClient} CouchClient */

/**
 * The largest request CouchDB reads, in bytes, counted AFTER a gzip body is inflated: 64 MiB,
 * the same bound as the reverse proxies' `client_max_body_size 64m` / `max_size 64MiB` on the
 * bytes that arrive and the embedded server's limit (server/body-limit.js). Apache CouchDB
 * 3.4's default is 4 GiB: a 300 KB gzip body inflating to 300 MB kept it busy for 19 s before
 * refusing it; with this bound it refuses it after reading 64 MiB (issue 19).
 */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

/** @type {import('./node-config.js').NodeSetting[]} */
export const REQUEST_LIMIT_SETTINGS = [
	['chttpd', 'max_http_request_size', String(MAX_REQUEST_BYTES), false]
];

/**
 * @param {CouchClient} client authenticated as a server admin
 * @returns {Promise<{ updated: number, unchanged: number }>}
 */
export const ensureRequestLimits = (client) => ensureNodeConfig(client, REQUEST_LIMIT_SETTINGS);
