/**
 * express-pouchdb 4.2.0 hands `validate_doc_update` the database's `_security` as `secObj` on a
 * single-document PUT, but an empty object on `POST /<db>/_bulk_docs` (what replication sends):
 * its bulk-docs route is mounted before the middleware that loads the security object into
 * `req.couchSecurityObj`, found with a design function that echoes its arguments (issue 19).
 * Apache CouchDB passes the stored security object on every write. Rules that read `secObj`
 * (the revoked devices of validate-commune.js, database admins) would thus hold for PUT and not
 * for replication. This middleware, placed with the guards right after authentication, loads
 * it first.
 * @param {(db: string) => Promise<object | null>} readSecurity
 */
export function securityForBulkDocs(readSecurity) {
	/**
	 * @param {any} req
	 * @param {any} _res
	 * @param {(err?: unknown) => void} next
	 */
	return (req, _res, next) => {
		const match = /^\/([^/_][^/]*)\/_bulk_docs\/?$/.exec(String(req.path));
		if (req.method !== 'POST' || !match) return next();
		readSecurity(decodeURIComponent(match[1] ?? ''))
			.then((security) => {
				if (security) req.couchSecurityObj = security;
				next();
			})
			.catch(next);
	};
}
