/**
 * `validate_doc_update` of every `status-<code>` database (design doc `_design/motcua`): the
 * public status of a commune's dossiers, looked up by citizens from the receipt's QR (issue 16).
 *
 * Same constraints as validate-commune.js: CouchDB runs this source text in its own engine, so it
 * stays ES5 and self-contained; design-docs.js uploads it made anonymous (keep the function last).
 * `{ unauthorized }` answers 401, `{ forbidden }` 403.
 *
 * Rules:
 * - only this commune's role (`commune:<code>`, from the database name), `upstream`, server admins
 *   and database admins write; anyone else (the `status-reader` the reverse proxy reads with, an
 *   officer of another commune, anonymous) is refused;
 * - a status document holds ONLY the public fields below: nothing about the citizen (no name, ID
 *   number, phone or address) can be stored, whoever writes it. Any other field is 403;
 * - its `_id` is the dossier's random public token (16 Crockford base32 characters, 80 bits), so
 *   the id cannot be guessed; `commune` names this database's commune;
 * - it is mutable (rewritten when the dossier's folded state changes) and may be deleted.
 * Reading is not decided here: `_security` keeps the database members-only and the public reads
 * one document by id through the app server or the reverse proxy (docs/DEPLOY.md §4).
 * @param {any} newDoc the document being written (`_deleted: true` for a deletion)
 * @param {any} oldDoc the current revision, or null when the id is new
 * @param {any} userCtx `{ db, name, roles }` of the writer
 * @param {any} secObj the database's `_security` object
 */
export default function validateStatus(newDoc, oldDoc, userCtx, secObj) {
	var ALLOWED = [
		'_id',
		'_rev',
		'_revisions',
		'_deleted',
		'type',
		'commune',
		'code',
		'procedure_code',
		'procedure_name',
		'status',
		'appointment_at',
		'supplement_needed',
		'unit_name',
		'unit_address',
		'updated_at'
	];
	var TOKEN = /^[0-9A-HJKMNP-TV-Z]{16}$/;
	var INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
	var ctx = userCtx || { name: null, roles: [] };
	var roles = ctx.roles || [];
	var dbMatch = /^status-(\d{5})$/.exec(ctx.db || '');
	var commune = dbMatch ? dbMatch[1] : null;

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
	/**
	 * @param {string} reason
	 * @returns {never}
	 */
	function refuse(reason) {
		throw { forbidden: reason };
	}
	/**
	 * @param {unknown} value
	 * @param {number} max
	 */
	function isText(value, max) {
		return typeof value === 'string' && value.length > 0 && value.length <= max;
	}

	var id = String(newDoc._id);
	// Only database admins may write design documents; CouchDB checks that before calling us.
	if (id.indexOf('_design/') === 0) return;

	var isAdmin = hasRole('_admin') || inSection(secObj && secObj.admins);
	var isCommune = commune !== null && hasRole('commune:' + commune);
	if (!isAdmin && !hasRole('upstream') && !isCommune) {
		var reason =
			'Only officers of this commune and the upstream office may write to ' + ctx.db + '.';
		if (!ctx.name) throw { unauthorized: reason };
		refuse(reason);
	}
	if (newDoc._deleted === true) return;

	var keys = Object.keys(newDoc);
	for (var k = 0; k < keys.length; k++) {
		if (ALLOWED.indexOf(/** @type {string} */ (keys[k])) === -1) {
			refuse('A public status holds no field "' + keys[k] + '": nothing about the citizen.');
		}
	}
	if (newDoc.type !== 'status') refuse('Document ' + id + ' is not a public status.');
	if (!TOKEN.test(id)) refuse('The _id of a public status is its 16-character random token.');
	if (commune !== null && newDoc.commune !== commune) {
		refuse('This status belongs to another commune.');
	}
	if (!isText(newDoc.code, 60)) refuse('A public status names its dossier code.');
	if (!isText(newDoc.procedure_code, 60)) refuse('A public status names its procedure code.');
	if (!isText(newDoc.procedure_name, 300)) refuse('A public status names its procedure.');
	var status = newDoc.status;
	if (typeof status !== 'number' || status % 1 !== 0 || status < 1 || status > 10) {
		refuse('The status is a national status code, 1 to 10.');
	}
	if (typeof newDoc.appointment_at !== 'string' || !INSTANT.test(newDoc.appointment_at)) {
		refuse('appointment_at is an ISO instant.');
	}
	if (typeof newDoc.updated_at !== 'string' || !INSTANT.test(newDoc.updated_at)) {
		refuse('updated_at is an ISO instant.');
	}
	if (typeof newDoc.supplement_needed !== 'boolean') refuse('supplement_needed is true or false.');
	if (!isText(newDoc.unit_name, 200)) refuse('A public status names the office to come to.');
	if (newDoc.unit_address !== undefined && !isText(newDoc.unit_address, 300)) {
		refuse('unit_address is a short text.');
	}
}
