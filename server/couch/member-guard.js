/**
 * express-pouchdb 4.2.0 answers some database routes without the member check its other routes
 * make (found probing it for issue 16): an anonymous `POST /<db>/_find` returns every document
 * of a members-only database, `_bulk_get` returns documents by id, `GET|POST /<db>/_index` lists
 * and even creates indexes (a design document). Apache CouchDB refuses all of them to
 * non-members. This guard makes the same check for those routes: server admins pass (checked
 * before), then database admins and members as `_security` names them; an empty `members`
 * section means a public database, as in CouchDB.
 */

/** The routes express-pouchdb leaves unchecked, relative to the CouchDB mount point. */
const UNCHECKED = /^\/([^/_][^/]*)\/(_find|_explain|_index|_bulk_get)(\/|$)/;

/**
 * @typedef {{ names?: string[], roles?: string[] }} Section
 * @typedef {{ members?: Section, admins?: Section }} Security
 */

/**
 * @param {{ name?: string | null, roles?: string[] } | undefined} userCtx
 * @param {Section | undefined} section
 */
function isIn(userCtx, section) {
	const roles = userCtx?.roles ?? [];
	if (userCtx?.name && (section?.names ?? []).includes(userCtx.name)) return true;
	return (section?.roles ?? []).some((r) => roles.includes(r));
}

/**
 * @param {Security} security
 * @param {{ name?: string | null, roles?: string[] } | undefined} userCtx
 */
export function mayRead(security, userCtx) {
	if ((userCtx?.roles ?? []).includes('_admin')) return true;
	const members = security.members ?? {};
	const open = (members.names ?? []).length === 0 && (members.roles ?? []).length === 0;
	return open || isIn(userCtx, security.admins) || isIn(userCtx, members);
}

/**
 * @param {(db: string) => Promise<Security | null>} readSecurity the database's `_security`;
 *   null when the database does not exist (express-pouchdb then answers 404 itself)
 */
export function memberGuard(readSecurity) {
	return async (/** @type {any} */ req, /** @type {any} */ res, /** @type {any} */ next) => {
		const match = UNCHECKED.exec(String(req.path));
		if (!match) return next();
		let db = match[1] ?? '';
		try {
			db = decodeURIComponent(db);
		} catch {
			return next();
		}
		try {
			const security = await readSecurity(db);
			const userCtx = req.couchSession?.userCtx;
			if (security === null || mayRead(security, userCtx)) return next();
			const status = userCtx?.name ? 403 : 401;
			res
				.status(status)
				.type('application/json')
				.send(
					JSON.stringify({
						error: status === 401 ? 'unauthorized' : 'forbidden',
						reason: 'You are not allowed to access this db.'
					}) + '\n'
				);
		} catch (err) {
			next(err);
		}
	};
}
