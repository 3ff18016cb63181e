/**
 * `validate_doc_update` of the `catalog` database (design doc `_design/motcua`).
 *
 * Same constraints as validate-commune.js: CouchDB runs this source text in its own engine, so
 * it stays ES5 and self-contained. `{ unauthorized }` answers 401, `{ forbidden }` 403.
 * design-docs.js uploads this file's text from `function` to the end, made anonymous (the form
 * CouchDB compiles, tests/unit/server/couch-js.ts): keep the function last.
 *
 * Rules (DESIGN.md "Databases upstream"): communes replicate the catalog down only. Members
 * (every commune role and `upstream`, see provisioning) may read; only the `upstream` role,
 * server admins and database admins may write. The catalog is mutable (fees and calendars are
 * edited upstream), so updates and deletions by writers pass; a written document has a string
 * `type` from the catalog set and an `_id` starting `<type>:`. `oldDoc` is unused: catalog
 * documents may change.
 * @param {any} newDoc the document being written (`_deleted: true` for a deletion)
 * @param {any} oldDoc the current revision, or null when the id is new
 * @param {any} userCtx `{ db, name, roles }` of the writer
 * @param {any} secObj the database's `_security` object
 */
export default function validateCatalog(newDoc, oldDoc, userCtx, secObj) {
	var TYPES = ['procedure', 'calendar', 'unit', 'agency'];
	var ctx = userCtx || { name: null, roles: [] };
	var roles = ctx.roles || [];

	/** @param {string} role */
	function hasRole(role) {
		return roles.indexOf(role) !== -1;
	}
	/** @param {{ names?: string[], roles?: string[] } | undefined} section */
	function inSection(section) {
		if (!section) return false;
		var names = section.names || [];
		var sectionRoles = section.roles || [];
		if (ctx.name && names.indexOf(ctx.name) !== -1) return true;
		for (var i = 0; i < sectionRoles.length; i++) {
			if (hasRole(/** @type {string} */ (sectionRoles[i]))) return true;
		}
		return false;
	}

	var id = String(newDoc._id);
	// Only database admins may write design documents; CouchDB checks that before calling us.
	if (id.indexOf('_design/') === 0) return;

	var isAdmin = hasRole('_admin') || inSection(secObj && secObj.admins);
	if (!isAdmin && !hasRole('upstream')) {
		var reason = 'Only the upstream office writes the catalog; communes replicate it down.';
		if (!ctx.name) throw { unauthorized: reason };
		throw { forbidden: reason };
	}
	if (newDoc._deleted === true) return;

	var type = newDoc.type;
	if (typeof type !== 'string' || type === '')
		throw { forbidden: 'Document ' + id + ' has no type.' };
	if (TYPES.indexOf(type) === -1) {
		throw { forbidden: 'Type "' + type + '" does not belong in the catalog.' };
	}
	if (id.indexOf(type + ':') !== 0 || id.length === type.length + 1) {
		throw { forbidden: 'The _id of a ' + type + ' must be "' + type + ':<code>".' };
	}
}
