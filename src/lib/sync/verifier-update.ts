import type { JournalDb } from '$lib/db/store';
import { rewrap } from '$lib/crypto';
import { makeVerifier } from './verifier';

/**
 * After a password change (issue 19) the offline unlock must take the new password and refuse
 * the old one: the session row's PBKDF2 verifier is replaced with one of the new password (fresh
 * salt), and the device secret's wrap is made again with the new password, so what the device
 * holds sealed opens with the new password only. Both slow derivations run first; the row is
 * then replaced in one strict journal transaction (nothing half-changed). The name, roles and
 * the PIN of the day (its own wrap of the same secret) stay.
 */
export async function replaceVerifier(
	journal: JournalDb,
	name: string,
	oldPassword: string,
	newPassword: string
): Promise<boolean> {
	const before = await journal.session.get('session');
	if (!before || before.name !== name) return false;
	const [verifier, wrap] = await Promise.all([
		makeVerifier(newPassword),
		before.key_wrap ? rewrap(before.key_wrap, oldPassword, newPassword) : Promise.resolve(null)
	]);
	// A wrap the old password does not open is not this officer's: leave the row alone.
	if (before.key_wrap && !wrap) return false;
	return journal.transaction('rw', journal.session, async () => {
		const row = await journal.session.get('session');
		if (!row || row.name !== name) return false;
		await journal.session.put({ ...row, ...verifier, ...(wrap ? { key_wrap: wrap } : {}) });
		return true;
	});
}
