import { z } from 'zod';
import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import { addDomainIssues } from './zod-errors';

/**
 * A person's full name as written on a receipt (Form 01 "tiếp nhận hồ sơ của"). Names are kept
 * as typed, in NFC (so precomposed and combining input store the same bytes), with runs of
 * spaces collapsed. Letters of any script (foreign parties in marriage cases), spaces, apostrophes,
 * hyphens and dots (initials) are allowed; digits and other symbols are not.
 */
export const APPLICANT_NAME_MAX = 100;

const NAME = /^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u;

export const ApplicantName = z.string().max(APPLICANT_NAME_MAX).regex(NAME);
export type ApplicantName = z.infer<typeof ApplicantName>;

/** Parses a typed full name; `field` names the input in errors (`applicant_name` by default). */
export function parseApplicantName(
	input: unknown,
	field = 'applicant_name'
): Result<ApplicantName> {
	if (input === undefined || input === null) return fail(domainError('error.required', field));
	if (typeof input !== 'string') return fail(domainError('error.invalid', field));
	const value = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
	if (value === '') return fail(domainError('error.required', field));
	if (value.length > APPLICANT_NAME_MAX) {
		return fail(domainError('error.too_long', field, { max: APPLICANT_NAME_MAX }));
	}
	if (!NAME.test(value)) return fail(domainError('error.applicant_name.characters', field));
	return ok(value);
}

/** A zod field: a typed full name, output normalised (NFC, single spaces). */
export const ApplicantNameField = z.string().transform((raw, ctx) => {
	const parsed = parseApplicantName(raw);
	if (parsed.ok) return parsed.value;
	addDomainIssues(ctx, parsed.errors);
	return z.NEVER;
});
