import { z } from 'zod';
import { domainError, fail, ok, type DomainError, type Result } from '$lib/domain/errors';

/**
 * The password-change form (issue 19): the current password, a new one of at least
 * `MIN_PASSWORD_LENGTH` characters that differs from it, typed twice. Whether the current
 * password is right is upstream's answer, not this check's.
 */
export const MIN_PASSWORD_LENGTH = 8;

export const PasswordChangeInput = z.object({
	current: z.string(),
	next: z.string(),
	confirm: z.string()
});
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

export function checkPasswordChange(input: unknown): Result<PasswordChangeInput> {
	const parsed = PasswordChangeInput.safeParse(input);
	if (!parsed.success) return fail(domainError('error.invalid', 'current'));
	const { current, next, confirm } = parsed.data;
	const errors: DomainError[] = [];
	if (current === '') errors.push(domainError('error.password_wrong', 'current'));
	if ([...next].length < MIN_PASSWORD_LENGTH) {
		errors.push(domainError('error.password_short', 'next', { min: MIN_PASSWORD_LENGTH }));
	} else if (next === current) errors.push(domainError('error.password_same', 'next'));
	if (confirm !== next) errors.push(domainError('error.password_mismatch', 'confirm'));
	return errors.length > 0 ? fail(...errors) : ok(parsed.data);
}
