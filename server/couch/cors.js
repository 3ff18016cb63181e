/**
 * CORS for the embedded server, read live from the same configuration keys Apache CouchDB uses
 * (`[chttpd] enable_cors`, `[cors] origins, credentials, methods, headers, exposed_headers`), so
 * `npm run provision -- --cors-origin <origin>` behaves the same against both. The app served by
 * `npm start` is same-origin and never needs it; `vite dev` on another port does.
 */

import { COUCH_EXPOSED_HEADERS } from '../provision/cors.js';

const DEFAULT_METHODS = 'GET, HEAD, POST, PUT, DELETE, COPY';
const DEFAULT_HEADERS = 'accept, authorization, content-type, content-encoding, origin, referer';

/** @param {unknown} value */
function list(value) {
	return String(value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * @param {{ get: (section: string, key: string) => unknown }} config express-pouchdb's config
 * @returns {(req: any, res: any, next: () => void) => void}
 */
export function corsFromConfig(config) {
	return (req, res, next) => {
		const origin = req.headers.origin;
		if (!origin || String(config.get('chttpd', 'enable_cors')) !== 'true') return next();
		const origins = list(config.get('cors', 'origins'));
		res.vary('Origin');
		if (!origins.includes(origin) && !origins.includes('*')) return next();
		const credentials = String(config.get('cors', 'credentials')) === 'true';
		// With credentials a browser accepts only the exact origin, never `*`.
		res.setHeader(
			'Access-Control-Allow-Origin',
			credentials ? origin : origins.includes('*') ? '*' : origin
		);
		if (credentials) res.setHeader('Access-Control-Allow-Credentials', 'true');
		// As Apache CouchDB: without `[cors] exposed_headers` its own list, which has no `date`.
		const exposed = config.get('cors', 'exposed_headers');
		res.setHeader(
			'Access-Control-Expose-Headers',
			['content-type', 'cache-control', ...list(exposed || COUCH_EXPOSED_HEADERS)].join(', ')
		);
		if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
			const methods = config.get('cors', 'methods');
			const headers = config.get('cors', 'headers');
			res.setHeader(
				'Access-Control-Allow-Methods',
				methods ? list(methods).join(', ') : DEFAULT_METHODS
			);
			res.setHeader(
				'Access-Control-Allow-Headers',
				headers ? list(headers).join(', ') : DEFAULT_HEADERS
			);
			res.setHeader('Access-Control-Max-Age', '600');
			res.status(204).end();
			return;
		}
		next();
	};
}
