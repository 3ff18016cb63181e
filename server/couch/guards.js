import { conflictFirst } from './conflict-first.js';
import { memberGuard } from './member-guard.js';
import { guardSecurityDoc } from './security-doc-guard.js';
import { ownUserWrite } from './own-user-guard.js';
import { securityForBulkDocs } from './bulk-security.js';

/**
 * Guards for express-pouchdb 4.2.0, each closing a hole found by probing it over HTTP:
 * - a non-admin `PUT /<db>` of a new database throws inside a callback (`db.info is not a
 *   function`) and takes the whole process down (TOOLCHAIN pitfall 4), and a non-admin
 *   `DELETE /<db>` of an open database drops it from express-pouchdb's cache before the
 *   permission check fails, leaving a rejection nobody handles and every later request to that
 *   database hanging: both answered 401 here;
 * - a user writing their own `_users` document is treated as `_admin` by its documents route,
 *   so they could grant themselves any role (e.g. `upstream`): non-admins may not write to
 *   `_users` at all (accounts are managed upstream);
 * - reading other users' documents or listing `_users` fails with a TypeError (400/500) instead
 *   of CouchDB's 401/403: answered as CouchDB does;
 * - members may overwrite `_local/_security`, the document that holds `_security`: refused at
 *   the database layer (security-doc-guard.js), whatever the route;
 * - `_replicator` documents and `POST /_replicate` would let a user make the server copy data
 *   it can read elsewhere: server admins only (clients replicate from the browser);
 * - validate functions get no `userCtx.db` (see `setUserCtxDb`);
 * - validation runs before the revision check, so conflicts come back as 403 (conflict-first.js);
 * - `_find`, `_index`, `_explain` and `_bulk_get` skip the member check (member-guard.js).
 * Apache CouchDB behaves this way by itself.
 */

/** @param {any} req */
function isServerAdmin(req) {
	const roles = req.couchSession?.userCtx?.roles;
	return Array.isArray(roles) && roles.includes('_admin');
}

/**
 * @param {any} res
 * @param {number} status
 * @param {string} error
 * @param {string} reason
 */
function send(res, status, error, reason) {
	res
		.status(status)
		.type('application/json')
		.send(JSON.stringify({ error, reason }) + '\n');
}

/**
 * A malformed escape (`%E0%A4%A`) would throw from `decodeURIComponent`; CouchDB answers such
 * paths with an error, never by crashing, and express-pouchdb's own routes do the same.
 * @param {string} s
 */
function safeDecode(s) {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/**
 * CouchDB gives validate functions `userCtx.db`, the database written to; validate-commune.js
 * reads the commune from it. express-pouchdb 4.2.0 means to set it but reads a property
 * PouchDB 9 no longer has (`db._db_name`), so it is set here from the path. The userCtx object
 * is the request's own and is what the routes pass down as `opts.userCtx`.
 * @param {any} req
 * @param {string} path
 */
function setUserCtxDb(req, path) {
	const first = path.split('/')[1] ?? '';
	const userCtx = req.couchSession.userCtx;
	// Not for system databases: pouchdb-auth's `_users` protection misreads a userCtx with a db.
	if (!userCtx || !first || first.startsWith('_')) return;
	userCtx.db = safeDecode(first);
}

/**
 * @param {any} req
 * @param {string} path
 */
function isOwnUserDoc(req, path) {
	const name = req.couchSession.userCtx?.name;
	if (!name) return false;
	const id = safeDecode(path.slice('/_users/'.length));
	return id === `org.couchdb.user:${name}`;
}

const READ_METHODS = new Set(['GET', 'HEAD']);
/** Databases whose documents only a server admin may write. */
const ADMIN_WRITE_DBS = /^\/(_users|_replicator)(\/|$)/;

/**
 * Express middleware that must run inside express-pouchdb, right after its authentication
 * middleware has set `req.couchSession` (see `installGuards`). Paths are relative to the
 * CouchDB mount point.
 * @param {any} req
 * @param {any} res
 * @param {(err?: unknown) => void} next
 */
export function requestGuard(req, res, next) {
	guard(req, res, next, async () => null);
}

/**
 * @param {any} req
 * @param {any} res
 * @param {(err?: unknown) => void} next
 * @param {(db: string, id: string) => Promise<any>} readDoc
 */
function guard(req, res, next, readDoc) {
	if (!req.couchSession) {
		// Fail closed: without a session the guard cannot decide.
		send(res, 500, 'guard_misplaced', 'MotCua request guard ran before authentication.');
		return;
	}
	const path = String(req.path);
	setUserCtxDb(req, path);
	if (isServerAdmin(req)) return next();
	// `/<db>`, but not `/_session` (DELETE /_session is how a user logs out).
	if (
		(req.method === 'PUT' || req.method === 'DELETE') &&
		/^\/(?!_session\/?$)[^/]+\/?$/.test(path)
	) {
		return send(res, 401, 'unauthorized', 'You are not a server admin.');
	}
	if (req.method === 'PUT' && /^\/_users\/[^/]+$/.test(path) && isOwnUserDoc(req, path)) {
		// Issue 19: an officer changes their own password, nothing else (own-user-guard.js).
		const id = safeDecode(path.slice('/_users/'.length));
		return ownUserWrite(req, res, next, { id, readDoc }, send);
	}
	if (!READ_METHODS.has(req.method) && ADMIN_WRITE_DBS.test(path)) {
		return send(res, 403, 'forbidden', 'Only a server admin may change this database.');
	}
	if (/^\/_users\/./.test(path) && !isOwnUserDoc(req, path)) {
		// As in CouchDB: a user reads their own user document, nothing else of `_users`
		// (express-pouchdb answers 400/500 with a TypeError there).
		const name = req.couchSession.userCtx?.name;
		if (!name) return send(res, 401, 'unauthorized', 'Authentication required.');
		return send(res, 403, 'forbidden', 'Only a server admin may read other users.');
	}
	if (req.method === 'POST' && /^\/_replicate\/?$/.test(path)) {
		return send(res, 403, 'forbidden', 'Only a server admin may start server-side replication.');
	}
	next();
}

/**
 * Inserts `requestGuard` into express-pouchdb's router right after its authentication
 * middleware (the one that builds `req.couchSession`), and refuses non-admin writes to
 * `_local/_security` on every database. Throws if the router does not look as expected, so an
 * express-pouchdb upgrade cannot silently drop the guard.
 * @param {any} epApp the express-pouchdb application
 * @param {(db: string) => Promise<import('./member-guard.js').Security | null>} readSecurity
 * @param {(db: string, id: string) => Promise<any>} [readDoc] one stored document (own password)
 */
export function installGuards(epApp, readSecurity, readDoc = async () => null) {
	const stack = epApp._router?.stack;
	const authIndex = Array.isArray(stack)
		? stack.findIndex((/** @type {any} */ layer) =>
				String(layer.handle).includes('buildCookieSession')
			)
		: -1;
	if (authIndex < 0) throw new Error('express-pouchdb authentication middleware not found');
	epApp.use((/** @type {any} */ req, /** @type {any} */ res, /** @type {any} */ next) =>
		guard(req, res, next, readDoc)
	);
	epApp.use(memberGuard(readSecurity));
	epApp.use(securityForBulkDocs(readSecurity));
	// All three right after authentication, in this order.
	const added = stack.splice(stack.length - 3, 3);
	stack.splice(authIndex + 1, 0, ...added);
	guardSecurityDoc(epApp);
	conflictFirst(epApp);
}
