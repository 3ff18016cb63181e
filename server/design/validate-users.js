/**
 * `validate_doc_update` of `_users` (design doc `_design/motcua`, issue 19): officers change
 * their own password, nothing else happens there without a server admin.
 *
 * Apache CouchDB 3 keeps `_users` admin-only (its `_security` members are `_admin`, and the
 * object is locked unless `[couchdb] users_db_security_editable = true`). Provisioning opens the
 * members list so that CouchDB's own rules for the users database apply: a user reads and
 * updates only their own `org.couchdb.user:<name>` document, and `_design/_auth` refuses any
 * change of `roles`, `name` or `type` by a non-admin. Opening the members alone would also let
 * anyone create accounts (CouchDB's public sign-up, checked on 3.4.3: an anonymous PUT of a new
 * user answered 201), so this function refuses creations and deletions by non-admins.
 * Same rules as validate-commune.js: ES5, self-contained, the function last in the file.
 * @param {any} newDoc the document being written (`_deleted: true` for a deletion)
 * @param {any} oldDoc the current revision, or null when the id is new
 * @param {any} userCtx `{ db, name, roles }` of the writer
 */
export default function validateUsers(newDoc, oldDoc, userCtx) {
	var roles = (userCtx && userCtx.roles) || [];
	if (roles.indexOf('_admin') !== -1) return;
	if (String(newDoc._id).indexOf('_design/') === 0) return;
	if (!oldDoc) throw { forbidden: 'Accounts are created by the upstream office.' };
	if (newDoc._deleted === true) throw { forbidden: 'Accounts are removed by the upstream office.' };
}
