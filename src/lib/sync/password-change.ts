import { basicAuth } from './probe-upstream';

/**
 * An officer changes their own password upstream (issue 19), with nothing but CouchDB's own
 * users database: read `org.couchdb.user:<name>` and write it back with a new `password` field,
 * both as the user with the current password. CouchDB hashes the password on save (PBKDF2) and
 * its `_design/_auth` refuses any other change a user could make to roles; Apache CouchDB 3 must
 * be provisioned for it (server/provision/own-password.js), the embedded server checks the same
 * in front of express-pouchdb (server/couch/own-user-guard.js). Last, the new password must log
 * in. Basic credentials and no cookie on every request: the session cookie would otherwise stand
 * in for a wrong current password, and none survives the change anyway (CouchDB signs cookies
 * with the user's salt, which changes with the hash).
 */

export type PasswordChangeResult =
	| { readonly ok: true }
	| { readonly ok: false; readonly reason: 'wrong_password' | 'offline' | 'refused' };

export async function changeOwnPassword(
	remoteBase: string,
	name: string,
	current: string,
	next: string,
	fetchFn: typeof fetch = fetch
): Promise<PasswordChangeResult> {
	const url = `${remoteBase}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
	const as = (password: string) => ({
		Accept: 'application/json',
		'Content-Type': 'application/json',
		Authorization: basicAuth(name, password)
	});
	let read: Response;
	try {
		read = await fetchFn(url, { headers: as(current), credentials: 'omit' });
	} catch {
		return { ok: false, reason: 'offline' };
	}
	if (read.status === 401) return { ok: false, reason: 'wrong_password' };
	if (!read.ok) return { ok: false, reason: 'refused' };
	const doc = (await read.json()) as Record<string, unknown>;
	let write: Response | null = null;
	try {
		write = await fetchFn(url, {
			method: 'PUT',
			headers: as(current),
			credentials: 'omit',
			body: JSON.stringify({ ...doc, password: next })
		});
	} catch {
		// The answer was lost: whether the change was made, the new password's login tells.
	}
	if (write?.status === 401) return { ok: false, reason: 'wrong_password' };
	if (write && !write.ok) return { ok: false, reason: 'refused' };
	const works = await waitForLogin(remoteBase, name, next, fetchFn);
	// A 201 is CouchDB's word that the new hash is stored; without an answer, the login decides.
	return write || works ? { ok: true } : { ok: false, reason: 'offline' };
}

/**
 * Apache CouchDB 3.4.3 answered 401 to the new password for a moment right after the change
 * (its authentication cache, checked by hand: the next requests passed), and the sync signs in
 * again at once: wait until the new password logs in, at most about 5 s.
 */
async function waitForLogin(
	base: string,
	name: string,
	password: string,
	fetchFn: typeof fetch
): Promise<boolean> {
	for (let attempt = 0; attempt < 10; attempt++) {
		if (await logsIn(base, name, password, fetchFn)) return true;
		await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 100));
	}
	return false;
}

async function logsIn(base: string, name: string, password: string, fetchFn: typeof fetch) {
	try {
		const res = await fetchFn(`${base}/_session`, {
			headers: { Accept: 'application/json', Authorization: basicAuth(name, password) },
			credentials: 'omit'
		});
		const body = (await res.json()) as { userCtx?: { name?: string | null } };
		return res.ok && body.userCtx?.name === name;
	} catch {
		return false;
	}
}
