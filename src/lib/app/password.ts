import { getRuntime } from '$lib/db/runtime';
import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import { checkPasswordChange } from '$lib/domain/validate/new-password';
import { changeOwnPassword } from '$lib/sync/password-change';
import { runPasswordChanged } from '$lib/sync/password-hooks';
import { syncStatus } from '$lib/sync/status.svelte';
import { replaceVerifier } from '$lib/sync/verifier-update';

/**
 * "Đổi mật khẩu" (settings, issue 19): checks the form, changes the password upstream as the
 * logged-in officer, runs the password hooks, replaces the offline verifier and
 * re-wraps the device secret with the new password and signs in again with the new password so every sync lane carries on.
 * A wrong current password changes nothing, upstream or here.
 */
export async function changePassword(
	input: unknown,
	remoteBase: string,
	resume: (name: string, password: string) => Promise<unknown>
): Promise<Result<true>> {
	const checked = checkPasswordChange(input);
	if (!checked.ok) return checked;
	const name = syncStatus.user;
	if (!name) return fail(domainError('password.needLogin', 'current'));
	const { current, next } = checked.value;
	const changed = await changeOwnPassword(remoteBase, name, current, next);
	if (!changed.ok) {
		const key =
			changed.reason === 'wrong_password'
				? 'error.password_wrong'
				: (`error.password_${changed.reason}` as const);
		return fail(domainError(key, 'current'));
	}
	await runPasswordChanged(current, next);
	await replaceVerifier(getRuntime().journal, name, current, next);
	await resume(name, next);
	return ok(true);
}
