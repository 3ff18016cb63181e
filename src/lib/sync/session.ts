import type { JournalDb, SessionRow } from '$lib/db/store';
import { unitOfRoles } from '$lib/domain/schemas/upstream-unit';
import { basicAuth } from './probe-upstream';
import { derive, makeVerifier, sameHex } from './verifier';
import { createDeviceSecret, openWrap, type DataKeys } from '$lib/crypto';
import { remainingWait, waitAfter } from '$lib/domain/lock/backoff';

export interface SessionUser {
	readonly name: string;
	readonly roles: readonly string[];
	/** The commune the user's role gives access to (`commune:<code>`), or null for upstream. */
	readonly commune: string | null;
	/** The upstream unit the user works for (`agency:<code>`, issue 17), or null. */
	readonly unit: string | null;
}

export type LoginResult =
	| {
			readonly ok: true;
			readonly user: SessionUser;
			readonly online: boolean;
			/** The device's working keys (issue 19), opened by the password. */
			readonly keys: DataKeys;
			/** A new device secret was made: what the device held before was not sealed by it. */
			readonly freshSecret: boolean;
	  }
	| { readonly ok: false; readonly reason: 'bad_credentials' | 'offline' | 'no_role' }
	| { readonly ok: false; readonly reason: 'wait'; readonly waitMs: number };

/** Refused while the device makes the officer wait after wrong tries (issue 19). */
export async function waitingFor(journal: JournalDb, now: string): Promise<number> {
	const row = await journal.session.get('session');
	return remainingWait(row?.failures?.wait_until, now);
}

/** Counts a wrong password or PIN; from the fifth in a row the next try waits. */
export async function countFailure(journal: JournalDb, now: string): Promise<number> {
	return journal.transaction('rw', journal.session, async () => {
		const row = await journal.session.get('session');
		if (!row) return 0;
		const count = (row.failures?.count ?? 0) + 1;
		const wait = waitAfter(count);
		// A free try stores no instant: a later check on another clock must not read it as a wait.
		const failures =
			wait > 0 ? { count, wait_until: new Date(Date.parse(now) + wait).toISOString() } : { count };
		await journal.session.put({ ...row, failures });
		return wait;
	});
}

async function clearFailures(journal: JournalDb): Promise<void> {
	await journal.transaction('rw', journal.session, async () => {
		const row = await journal.session.get('session');
		if (row?.failures) {
			const { failures: _gone, ...rest } = row;
			void _gone;
			await journal.session.put(rest);
		}
	});
}

/**
 * The device secret for `name` after the server accepted `password`: the one the session row
 * wraps when the password opens it, else a new one (first sign-in, another officer, or a
 * password changed upstream: the old wrap cannot be opened, issue 19 point 3 decides the rest).
 */
async function secretFor(previous: SessionRow | undefined, name: string, password: string) {
	if (previous?.key_wrap && previous.name === name) {
		const keys = await openWrap(previous.key_wrap, password);
		if (keys) return { keys, wrap: previous.key_wrap, fresh: false };
	}
	const made = await createDeviceSecret(password);
	return { keys: made.keys, wrap: made.wrap, fresh: true };
}

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
	const wait = await waitingFor(journal, now);
	if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
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
	if (response.status === 401) return refused(journal);
	if (!response.ok) return unlock(journal, name, password);
	const body = (await response.json()) as { name?: string; roles?: string[] };
	const roles = body.roles ?? [];
	if (!communeOfRoles(roles) && !roles.includes('upstream'))
		return { ok: false, reason: 'no_role' };
	const previous = await journal.session.get('session');
	const [verifier, secret] = await Promise.all([
		makeVerifier(password),
		secretFor(previous, name, password)
	]);
	const keep = !secret.fresh && previous?.pin_wrap ? { pin_wrap: previous.pin_wrap } : {};
	const row: SessionRow = {
		key: 'session',
		name,
		roles,
		...verifier,
		logged_in_at: now,
		key_wrap: secret.wrap,
		...keep
	};
	await journal.session.put(row);
	return {
		ok: true,
		user: userOf(name, roles),
		online: true,
		keys: secret.keys,
		freshSecret: secret.fresh
	};
}

/** The offline unlock: the password is checked against the verifier of the last login. */
export async function unlock(
	journal: JournalDb,
	name: string,
	password: string
): Promise<LoginResult> {
	const row = await journal.session.get('session');
	if (!row || row.name !== name) return { ok: false, reason: 'offline' };
	const wait = remainingWait(row.failures?.wait_until, new Date().toISOString());
	if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
	if (row.key_wrap) {
		// The wrap is the check: AES-GCM opens only with the password that made it.
		const keys = await openWrap(row.key_wrap, password);
		if (!keys) return refused(journal);
		await clearFailures(journal);
		return { ok: true, user: userOf(row.name, row.roles), online: false, keys, freshSecret: false };
	}
	// A row from before issue 19: the verifier checks the password, then the device gets its secret.
	const derived = await derive(password, row.salt, row.iterations);
	if (!sameHex(derived, row.verifier)) return refused(journal);
	const made = await createDeviceSecret(password);
	await journal.session.put({ ...row, key_wrap: made.wrap });
	await clearFailures(journal);
	return {
		ok: true,
		user: userOf(row.name, row.roles),
		online: false,
		keys: made.keys,
		freshSecret: true
	};
}

async function refused(journal: JournalDb): Promise<LoginResult> {
	const wait = await countFailure(journal, new Date().toISOString());
	return wait > 0
		? { ok: false, reason: 'wait', waitMs: wait }
		: { ok: false, reason: 'bad_credentials' };
}

/** Who logged in last on this device (for the unlock form), if anyone. */
export async function lastUser(journal: JournalDb): Promise<SessionUser | null> {
	const row = await journal.session.get('session');
	return row ? userOf(row.name, row.roles) : null;
}

export async function logout(journal: JournalDb): Promise<void> {
	await journal.session.delete('session');
}
