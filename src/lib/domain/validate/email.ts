import { z } from 'zod';
import { domainError, fail, ok, type Result } from '$lib/domain/errors';

/** An e-mail address as printed on Form 01 (optional contact); trimmed, at most 254 characters. */
export const EmailAddress = z.email().max(254);
export type EmailAddress = z.infer<typeof EmailAddress>;

/** Parses a typed e-mail address (surrounding spaces removed, domain lower-cased). */
export function parseEmail(input: unknown, field = 'email'): Result<EmailAddress> {
	if (input === undefined || input === null) return fail(domainError('error.required', field));
	if (typeof input !== 'string') return fail(domainError('error.invalid', field));
	const trimmed = input.normalize('NFKC').trim();
	if (trimmed === '') return fail(domainError('error.required', field));
	const at = trimmed.lastIndexOf('@');
	const value = at > 0 ? trimmed.slice(0, at) + trimmed.slice(at).toLowerCase() : trimmed;
	if (value.length > 254) return fail(domainError('error.too_long', field, { max: 254 }));
	if (!EmailAddress.safeParse(value).success) return fail(domainError('error.email', field));
	return ok(value);
}
