import { z } from 'zod';
import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import { addDomainIssues } from './zod-errors';

/**
 * Vietnamese telephone numbers as officers type them on a receipt.
 *
 * - Mobile: 10 digits `0` + a network prefix starting 3, 5, 7, 8 or 9. The 11-digit `01x` mobile
 *   numbers were moved to these prefixes in 2018 (Ministry of Information and Communications
 *   Decision 798/QĐ-BTTTT, carried out Sep–Nov 2018) [M].
 * - Landline: area codes start `02` since the 2017 change of provincial area codes (same
 *   programme) [M]; numbers have 11 digits (e.g. `024 3xxx xxxx`), 10 accepted for old papers.
 * - Accepted input: `+84` / `84` / `0084` country prefix, spaces, dots, hyphens, brackets.
 * - Output: the national form `0xxxxxxxxx`.
 */
export const PhoneKind = z.enum(['mobile', 'landline']);
export type PhoneKind = z.infer<typeof PhoneKind>;

/** A normalised Vietnamese phone number. */
export const PhoneNumber = z.object({
	kind: PhoneKind,
	/** National form: `0` followed by 9 or 10 digits, no separators. */
	number: z.string().regex(/^0\d{9,10}$/)
});
export type PhoneNumber = z.infer<typeof PhoneNumber>;

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{8,9}$/;
const OLD_MOBILE = /^01\d{9}$/;
/** Separators people put inside a phone number. */
const SEPARATORS = /[\s.\-()/]/gu;

/**
 * The digits of a typed phone number in national form (`0…`), or `undefined` when it holds
 * anything else than digits, separators and a leading `+`. Does not check the length.
 */
export function normalisePhoneDigits(raw: string): string | undefined {
	const compact = raw.normalize('NFKC').replace(SEPARATORS, '');
	if (!/^\+?\d+$/.test(compact)) return undefined;
	const digits = compact.replace(/^\+/, '');
	if (compact.startsWith('+')) return digits.startsWith('84') ? `0${digits.slice(2)}` : undefined;
	if (digits.startsWith('0084')) return `0${digits.slice(4)}`;
	// `84` followed by 9 or 10 digits is the country code written without `+`.
	if (/^84\d{9,10}$/.test(digits)) return `0${digits.slice(2)}`;
	return digits;
}

/**
 * Parses a Vietnamese phone number. `field` is the error path (its label names the field in the
 * message, `field.phone` by default).
 */
export function parsePhone(input: unknown, field = 'phone'): Result<PhoneNumber> {
	if (input === undefined || input === null || (typeof input === 'string' && !input.trim())) {
		return fail(domainError('error.required', field));
	}
	if (typeof input !== 'string') return fail(domainError('error.invalid', field));
	const digits = normalisePhoneDigits(input);
	if (digits === undefined) {
		const foreign = /^\+\d+$/.test(input.normalize('NFKC').replace(SEPARATORS, ''));
		if (foreign) return fail(domainError('error.phone.foreign', field));
		return fail(domainError('error.phone.not_digits', field));
	}
	if (MOBILE.test(digits)) return ok({ kind: 'mobile', number: digits });
	if (LANDLINE.test(digits)) return ok({ kind: 'landline', number: digits });
	if (OLD_MOBILE.test(digits)) return fail(domainError('error.phone.old_mobile', field));
	if (!digits.startsWith('0')) return fail(domainError('error.phone.no_trunk_zero', field));
	if (digits.length < 10 || digits.length > 11) {
		return fail(domainError('error.phone.length', field, { length: digits.length }));
	}
	return fail(domainError('error.phone.prefix', field, { prefix: digits.slice(0, 3) }));
}

/** A zod field that accepts a typed phone number and outputs its national form `0…`. */
export const PhoneField = z.string().transform((raw, ctx) => {
	const parsed = parsePhone(raw);
	if (parsed.ok) return parsed.value.number;
	addDomainIssues(ctx, parsed.errors);
	return z.NEVER;
});
