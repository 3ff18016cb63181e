import type { JournalDb, SessionRow } from '$lib/db/store';
import { unitOfRoles } from '$lib/domain/schemas/upstream-unit';
import { basicAuth } from './probe-upstream';
import { derive, makeVerifier, sameHex } from './verifier';

export interface SessionUser {
	readonly name: string;
	readonly roles: readonly string[];
	/** The commune the user's role gives access to (`commune:<code>`), or null for upstream. */
	readonly commune: string | null;
	/** The upstream unit the user works for (`agency:<code>`, issue 17), or null. */
	readonly unit: string | null;
}

export type LoginResult =
	| { readonly ok: true; readonly user: SessionUser; readonly online: boolean }
	| { readonly ok: false; readonly reason: 'bad_credentials' | 'offline' | 'no_role' };

export function communeOfRoles(roles: readonly string[]): string | null {
	const role = roles.find((r) => r.startsWith('commune:'));
	return role ? role.slice('commune:'.length) : null;
}

function userOf(name: string, roles: readonly string[]): SessionUser {
	return { name, roles, commune: communeOfRoles(roles), unit: unitOfRoles(roles) };
}

/**
 * Logs in against CouchDB's `_session` when the network is there, and remembers a PBKDF2
 * verifier so the same person can unlock offline after a restart (never the password itself).
 * With no network, an officer who logged in here before is let in by the verifier.
 */
export async function login(
	journal: JournalDb,
	remoteBase: string,
	name: string,
	password: string,
	now: string,
	fetchFn: typeof fetch = fetch
): Promise<LoginResult> {
	let response: Response;
	try {
		response = await fetchFn(`${remoteBase}/_session`, {
			method: 'POST',
			// Basic credentials too: with `[chttpd] require_valid_user = true` Apache CouchDB
			// refuses an unauthenticated request before it reads the login body.
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/json',
				Authorization: basicAuth(name, password)
			},
			credentials: 'include',
			body: JSON.stringify({ name, password })
		});
	} catch {
		return unlock(journal, name, password);
	}
	if (response.status === 401) return { ok: false, reason: 'bad_credentials' };
	if (!response.ok) return unlock(journal, name, password);
	const body = (await response.json()) as { name?: string; roles?: string[] };
	const roles = body.roles ?? [];
	if (!communeOfRoles(roles) && !roles.includes('upstream'))
		return { ok: false, reason: 'no_role' };
	const verifier = await makeVerifier(password);
	const row: SessionRow = { key: 'session', name, roles, ...verifier, logged_in_at: now };
	await journal.session.put(row);
	return { ok: true, user: userOf(name, roles), online: true };
}

/** The offline unlock: the password is checked against the verifier of the last login. */
export async function unlock(
	journal: JournalDb,
	name: string,
	password: string
): Promise<LoginResult> {
	const row = await journal.session.get('session');
	if (!row || row.name !== name) return { ok: false, reason: 'offline' };
	const derived = await derive(password, row.salt, row.iterations);
	if (!sameHex(derived, row.verifier)) return { ok: false, reason: 'bad_credentials' };
	return { ok: true, user: userOf(row.name, row.roles), online: false };
}

/** Who logged in last on this device (for the unlock form), if anyone. */
export async function lastUser(journal: JournalDb): Promise<SessionUser | null> {
	const row = await journal.session.get('session');
	return row ? userOf(row.name, row.roles) : null;
}

export async function logout(journal: JournalDb): Promise<void> {
	await journal.session.delete('session');
}
