import { ensureDesignDoc } from './databases.js';
import { ensureNodeConfig } from './node-config.js';
import { stableStringify } from './json.js';

/** @typedef {import('./couch-client.js').CouchClient} CouchClient */

/**
 * Lets officers change their own password (issue 19) on Apache CouchDB 3 the way CouchDB itself
 * allows it for the users database, checked on 3.4.3:
 * 1. `[couchdb] users_db_security_editable = true`: without it CouchDB 3 answers 403 "You can't
 *    edit the security object of the user database";
 * 2. `_users/_security` members emptied (CouchDB 3 creates `_users` with members `_admin`, which
 *    hides even a user's own document): CouchDB's users-database rules then let a user read and
 *    update only `org.couchdb.user:<their name>`, `_all_docs` and other users stay admin-only,
 *    and `_design/_auth` refuses any change of roles by a non-admin;
 * 3. `_design/motcua` in `_users` (validate-users.js) refuses account creation and deletion by
 *    non-admins (an open members list would otherwise allow public sign-up).
 * The embedded server applies the same rules in front of express-pouchdb (server/couch/guards.js).
 * @param {CouchClient} client authenticated as a server admin
 * @returns {Promise<{ updated: number, unchanged: number, created: number }>}
 */
export async function ensureOwnPasswordChange(client) {
	const report = { created: 0, ...(await ensureNodeConfig(client, EDITABLE)) };
	const have = (await client.expect('GET', '/_users/_security')) ?? {};
	const next = {
		...have,
		members: { names: [], roles: [] },
		admins: { names: [], roles: ['_admin'], ...(have.admins ?? {}) }
	};
	if (stableStringify(next) === stableStringify(have)) report.unchanged += 1;
	else {
		await client.expect('PUT', '/_users/_security', next);
		report.updated += 1;
	}
	report[await ensureDesignDoc(client, '_users', 'users')] += 1;
	return report;
}

/** @type {import('./node-config.js').NodeSetting[]} */
const EDITABLE = [['couchdb', 'users_db_security_editable', 'true', false]];
