import { docPath } from './couch-client.js';

/** @typedef {import('./couch-client.js').CouchClient} CouchClient */

/**
 * @typedef {{ name: string, roles: string[], password: string }} UserSpec
 * @typedef {{ name: string, roles: string[], password: string | null, outcome: 'created' | 'updated' | 'unchanged' }} UserResult
 */

/**
 * @param {CouchClient} client
 * @param {string} name
 * @param {string} password
 */
async function canLogIn(client, name, password) {
	const res = await client.request('GET', '/_session', undefined, { name, password });
	return res.status === 200 && res.body?.userCtx?.name === name;
}

/**
 * Creates the user in `_users` with its roles, or adds missing roles to an existing one. An
 * existing user's password is left alone unless `enforcePassword`: then it is reset only when
 * the given password no longer logs in (so a second run changes nothing).
 * `password` in the result is set only when it is known to be the user's password.
 * @param {CouchClient} client
 * @param {UserSpec} spec
 * @param {{ enforcePassword: boolean }} policy
 * @returns {Promise<UserResult>}
 */
export async function ensureUser(client, spec, policy) {
	const id = `org.couchdb.user:${spec.name}`;
	const path = docPath('_users', id);
	const have = await client.request('GET', path);
	if (have.status === 404) {
		const doc = {
			_id: id,
			name: spec.name,
			type: 'user',
			roles: spec.roles,
			password: spec.password
		};
		await client.expect('PUT', path, doc);
		return { name: spec.name, roles: spec.roles, password: spec.password, outcome: 'created' };
	}
	if (have.status !== 200) throw new Error(`GET ${path} → ${have.status}`);
	/** @type {string[]} */
	const roles = Array.isArray(have.body.roles) ? have.body.roles : [];
	const missing = spec.roles.filter((r) => !roles.includes(r));
	const resetPassword =
		policy.enforcePassword && !(await canLogIn(client, spec.name, spec.password));
	const known = policy.enforcePassword ? spec.password : null;
	if (missing.length === 0 && !resetPassword) {
		return { name: spec.name, roles, password: known, outcome: 'unchanged' };
	}
	const doc = { ...have.body, roles: [...roles, ...missing] };
	if (resetPassword) doc.password = spec.password;
	await client.expect('PUT', path, doc);
	return { name: spec.name, roles: doc.roles, password: known, outcome: 'updated' };
}
