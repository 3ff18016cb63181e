import type { JournalDb } from '$lib/db/store';
import { makeVerifier } from './verifier';

/**
 * After a password change (issue 19) the offline unlock must take the new password and refuse
 * the old one: the session row's PBKDF2 verifier is replaced with one of the new password (fresh
 * salt), in one strict journal transaction. The name and roles stay.
 */
export async function replaceVerifier(
	journal: JournalDb,
	name: string,
	newPassword: string
): Promise<boolean> {
	const verifier = await makeVerifier(newPassword);
	return journal.transaction('rw', journal.session, async () => {
		const row = await journal.session.get('session');
		if (!row || row.name !== name) return false;
		await journal.session.put({ ...row, ...verifier });
		return true;
	});
}
