import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {any} */
const wrappers = require('pouchdb-wrappers');

/**
 * express-pouchdb 4.2.0 lets any member of a database overwrite `_local/_security`, the
 * document in which it keeps `_security` (PUT, DELETE or _bulk_docs with `_rev: '0-1'`), and so
 * make themselves its admin or open it to everyone. This refuses such writes at the database
 * layer, whatever the route, unless they come from a server admin.
 * @param {any} epApp the express-pouchdb application
 */
export function guardSecurityDoc(epApp) {
	epApp.dbWrapper.registerWrapper(
		/**
		 * @param {string} _name
		 * @param {any} db
		 * @param {() => unknown} next
		 */
		(_name, db, next) => {
			wrappers.installWrapperMethods(db, securityDocWrapper);
			return next();
		}
	);
}

const SECURITY_DOC = '_local/_security';

/**
 * `opts.userCtx` is set on every call made for an HTTP request; express-pouchdb's own
 * `putSecurity` (which checks database-admin rights first) writes without it.
 * @param {any} options
 */
function refusedFor(options) {
	const userCtx = options?.userCtx;
	if (!userCtx || (Array.isArray(userCtx.roles) && userCtx.roles.includes('_admin'))) return null;
	return Object.assign(new Error('Use PUT /<db>/_security as a database admin.'), {
		status: 403,
		name: 'forbidden'
	});
}

/** @type {Record<string, (orig: () => Promise<unknown>, args: any) => Promise<unknown>>} */
const securityDocWrapper = {
	put(orig, args) {
		const refused = args.doc?._id === SECURITY_DOC ? refusedFor(args.options) : null;
		return refused ? Promise.reject(refused) : orig();
	},
	remove(orig, args) {
		const id = typeof args.doc === 'string' ? args.doc : args.doc?._id;
		const refused = id === SECURITY_DOC ? refusedFor(args.options) : null;
		return refused ? Promise.reject(refused) : orig();
	},
	bulkDocs(orig, args) {
		const docs = Array.isArray(args.docs) ? args.docs : (args.docs?.docs ?? []);
		const touches = docs.some((/** @type {any} */ d) => d?._id === SECURITY_DOC);
		const refused = touches ? refusedFor(args.options) : null;
		return refused ? Promise.reject(refused) : orig();
	}
};
