import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {any} */
const wrappers = require('pouchdb-wrappers');

/**
 * CouchDB checks a write's revision before it runs `validate_doc_update`: creating an id that
 * exists, or updating a revision that is not the current one, answers 409 conflict whatever the
 * design document would say. express-pouchdb's pouchdb-validation runs the design document
 * first, so there such a write comes back 403 from the "written once" rule of
 * validate-commune.js. Device enrolment relies on the 409 (docs/SERVER.md), so a 403 for a
 * write whose `_rev` is not the current revision is turned back into CouchDB's 409. Replicated
 * writes (`new_edits: false`) carry their own revisions and are left alone.
 * @param {any} epApp the express-pouchdb application
 */
export function conflictFirst(epApp) {
	// pouchdb-wrappers calls a method's handlers in the order they were installed, the first
	// outermost; express-pouchdb installs its wrappers per database in the order they were
	// registered. So this one goes to the front of the list, ahead of validation.
	epApp.dbWrapper._wrappers.unshift(
		/**
		 * @param {string} _name
		 * @param {any} db
		 * @param {() => unknown} next
		 */
		(_name, db, next) => {
			wrappers.installWrapperMethods(db, conflictWrapper);
			return next();
		}
	);
}

/** @param {string} id */
function conflictError(id) {
	return Object.assign(new Error('Document update conflict'), {
		status: 409,
		name: 'conflict',
		error: true,
		id
	});
}

/**
 * Whether CouchDB would have refused this write as a conflict: the document exists (not
 * deleted) and the write does not name its current revision.
 * @param {any} db
 * @param {any} doc
 */
async function isConflict(db, doc) {
	if (!doc || typeof doc._id !== 'string') return false;
	const current = await db.get(doc._id).catch(() => null);
	return Boolean(current) && doc._rev !== current._rev;
}

/** @param {any} args */
const replicated = (args) => args.options?.new_edits === false;

/** @type {Record<string, (orig: () => Promise<any>, args: any) => Promise<unknown>>} */
const conflictWrapper = {
	put(orig, args) {
		return orig().catch(async (err) => {
			if (err?.status === 403 && !replicated(args) && (await isConflict(args.base, args.doc))) {
				throw conflictError(args.doc._id);
			}
			throw err;
		});
	},
	remove(orig, args) {
		return orig().catch(async (err) => {
			if (err?.status === 403 && (await isConflict(args.base, args.doc))) {
				throw conflictError(args.doc._id);
			}
			throw err;
		});
	},
	async bulkDocs(orig, args) {
		// Taken before the call: the validation wrapper replaces `args.docs` with the docs it let
		// through.
		const sent = Array.isArray(args.docs) ? [...args.docs] : [];
		const results = await orig();
		if (replicated(args) || !Array.isArray(results)) return results;
		return Promise.all(
			results.map(async (/** @type {any} */ result) => {
				if (result?.status !== 403 || !result.id) return result;
				const doc = sent.find((d) => d?._id === result.id);
				return (await isConflict(args.base, doc)) ? conflictError(result.id) : result;
			})
		);
	}
};
