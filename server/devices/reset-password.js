import { createCouchClient, docPath } from '../provision/couch-client.js';

/**
 * The upstream office resets an officer's password (issue 19), as a server admin: CouchDB
 * hashes the `password` field of a user document on save (PBKDF2), so the new password is sent
 * once and stored only as its hash. Roles and every other field are kept. Existing sessions of
 * that user end: CouchDB's cookie is signed with the user's salt, which changes with the hash.
 * @param {{
 *   couchUrl: string, user: string, password: string,
 *   auth: import('../provision/couch-client.js').Credentials
 * }} options
 */
export async function resetPassword({ couchUrl, user, password, auth }) {
	if (password.length < 8) throw new Error('the new password needs at least 8 characters');
	const client = createCouchClient(couchUrl, auth);
	const path = docPath('_users', `org.couchdb.user:${user}`);
	const have = await client.request('GET', path);
	if (have.status === 404) throw new Error(`no user ${user}`);
	if (have.status !== 200) throw new Error(`read user ${user}: HTTP ${have.status}`);
	await client.expect('PUT', path, { ...have.body, password });
	// Apache CouchDB takes a moment to see the new hash (its user cache): the first login right
	// after the PUT may still be refused. Ask again for up to 5 s, as the app does.
	for (let waited = 0; ; waited += 250) {
		const check = await client.request('GET', '/_session', undefined, { name: user, password });
		if (check.body?.userCtx?.name === user) break;
		if (waited >= 5000) throw new Error(`${user} cannot log in with it`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return { user, roles: /** @type {string[]} */ (have.body.roles ?? []) };
}
