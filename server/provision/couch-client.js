/**
 * A minimal CouchDB HTTP client over `fetch`: JSON in, JSON out, Basic authentication. It talks
 * to Apache CouchDB 3.x and to the embedded express-pouchdb server alike.
 */

export class CouchHttpError extends Error {
	/**
	 * @param {string} method
	 * @param {string} path
	 * @param {number} status
	 * @param {unknown} body
	 */
	constructor(method, path, status, body) {
		const reason =
			body && typeof body === 'object' && 'reason' in body ? String(body.reason) : String(body);
		super(`${method} ${path} → ${status} ${reason}`);
		this.name = 'CouchHttpError';
		this.status = status;
		this.body = body;
	}
}

/**
 * @typedef {{ name: string, password: string }} Credentials
 * @typedef {{ status: number, body: any, headers: Headers }} CouchResponse
 * @typedef {{
 *   url: string,
 *   request: (method: string, path: string, body?: unknown, auth?: Credentials | null) => Promise<CouchResponse>,
 *   expect: (method: string, path: string, body?: unknown, ok?: number[]) => Promise<any>
 * }} CouchClient
 */

/**
 * Splits `user:password` at the first colon (passwords may contain colons).
 * @param {string} pair
 * @returns {Credentials}
 */
export function parseCredentials(pair) {
	const i = pair.indexOf(':');
	if (i <= 0) throw new Error(`Expected user:password, got "${pair}"`);
	return { name: pair.slice(0, i), password: pair.slice(i + 1) };
}

/** @param {Credentials} auth */
export function basicAuth(auth) {
	return 'Basic ' + Buffer.from(`${auth.name}:${auth.password}`).toString('base64');
}

/**
 * @param {string} url base URL of the CouchDB server; credentials in it (`http://u:p@host`) are
 *   moved to a header, since `fetch` refuses URLs that carry them
 * @param {Credentials | null} [auth] the identity for every request (usually the server admin)
 * @returns {CouchClient}
 */
export function createCouchClient(url, auth = null) {
	const parsed = new URL(url);
	let identity = auth;
	if (!identity && parsed.username) {
		identity = {
			name: decodeURIComponent(parsed.username),
			password: decodeURIComponent(parsed.password)
		};
	}
	parsed.username = '';
	parsed.password = '';
	const base = parsed.href.replace(/\/+$/, '');

	/** @type {CouchClient['request']} */
	async function request(method, path, body, as = identity) {
		/** @type {Record<string, string>} */
		const headers = { accept: 'application/json' };
		if (as) headers.authorization = basicAuth(as);
		if (body !== undefined) headers['content-type'] = 'application/json';
		const res = await fetch(base + path, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const text = await res.text();
		let parsedBody;
		try {
			parsedBody = text ? JSON.parse(text) : null;
		} catch {
			parsedBody = text;
		}
		return { status: res.status, body: parsedBody, headers: res.headers };
	}

	/** @type {CouchClient['expect']} */
	async function expect(method, path, body, ok = [200, 201, 202]) {
		const res = await request(method, path, body);
		if (!ok.includes(res.status)) throw new CouchHttpError(method, path, res.status, res.body);
		return res.body;
	}

	return { url: base, request, expect };
}

/**
 * Path of a document: the id is URI-encoded except the slash of `_design/` and `_local/`.
 * @param {string} db
 * @param {string} id
 */
export function docPath(db, id) {
	const m = /^(_design|_local)\/(.*)$/.exec(id);
	const encoded = m ? `${m[1]}/${encodeURIComponent(m[2] ?? '')}` : encodeURIComponent(id);
	return `/${encodeURIComponent(db)}/${encoded}`;
}
