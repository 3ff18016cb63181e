import { z } from 'zod';
import { LocalDate } from '$lib/domain/schemas/common';
import { domainError, fail, ok, type DomainError, type Result } from '$lib/domain/errors';
import { addDomainIssues } from './zod-errors';

/**
 * Số định danh cá nhân (personal identification number, printed on the căn cước card), laid out
 * `PPP G YY RRRRRR` by Decree 137/2015/NĐ-CP Art 13 and carried over under the Law on
 * Identification 2023 (the carry-over is an assumption [M], DOMAIN.md 6.1):
 *
 * - PPP: where the birth was registered: an old (pre-2025, 63-province) province code padded to 3
 *   digits, or for a birth registered abroad a country code 101–295 (TT 07/2016/TT-BCA appendix).
 *   The 2025 province mergers did not change numbers already issued.
 * - G: century and sex: 0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s.
 * - YY: the last two digits of the birth year.
 * - RRRRRR: six random digits.
 *
 * **There is no check digit**: a typo in the random part cannot be detected here; only the
 * structure is checked. Cross-check against the population database (VNeID) when online.
 *
 * The old 9-digit identity card (CMND) is obsolete but still appears on old papers; it is accepted
 * as a separate `legacy_id` kind and flagged so the UI can ask for the 12-digit number.
 */

/**
 * The 63 old province codes used as PPP (Decree 137/2015 / TT 07/2016/TT-BCA list, as used by the
 * `hongquan/vietnam-personal-id` library [R]): 001 Hà Nội … 079 TP Hồ Chí Minh … 096 Cà Mau.
 */
export const CITIZEN_ID_PROVINCE_CODES: ReadonlySet<string> = new Set(
	(
		'001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 ' +
		'036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 ' +
		'074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'
	).split(' ')
);

/** Country codes for births registered abroad (TT 07/2016/TT-BCA appendix). */
export const CITIZEN_ID_COUNTRY_CODE_RANGE = { from: 101, to: 295 } as const;

export const CitizenIdNumber = z.string().regex(/^\d{12}$/);
export const LegacyIdNumber = z.string().regex(/^\d{9}$/);

/** A structurally valid personal identification number, with what its digits say. */
export const CitizenId = z.object({
	kind: z.literal('citizen_id'),
	number: CitizenIdNumber,
	/** PPP: old province code or country code of the birth registration. */
	place_code: z.string().regex(/^\d{3}$/),
	born_abroad: z.boolean(),
	sex: z.enum(['male', 'female']),
	birth_year: z.number().int().min(1900).max(2399)
});
export type CitizenId = z.infer<typeof CitizenId>;

/** An old 9-digit identity card number (CMND): stored as given, flagged as legacy. */
export const LegacyId = z.object({
	kind: z.literal('legacy_id'),
	number: LegacyIdNumber
});
export type LegacyId = z.infer<typeof LegacyId>;

export const PersonalId = z.discriminatedUnion('kind', [CitizenId, LegacyId]);
export type PersonalId = z.infer<typeof PersonalId>;

export const CitizenIdOptions = z.object({
	/** Error path (and label) of the input; `citizen_id` by default. */
	field: z.string().optional(),
	/** When known (`YYYY-MM-DD`), G and YY must agree with it. */
	birthDate: z.string().optional(),
	/** A Vietnam date (`YYYY-MM-DD`, from the caller's clock): birth years after it are refused. */
	asOf: z.string().optional(),
	/** Accept a 9-digit CMND as `legacy_id` (default true). */
	allowLegacy: z.boolean().optional()
});
export type CitizenIdOptions = z.infer<typeof CitizenIdOptions>;

/** Removes what people put inside a typed number: spaces (any kind), dots, hyphens. */
export function normaliseIdInput(raw: string): string {
	return raw.normalize('NFKC').replace(/[\s.-]/gu, '');
}

/** Parses a typed personal ID: 12-digit số định danh cá nhân, or a 9-digit legacy CMND. */
export function parseCitizenId(input: unknown, options: CitizenIdOptions = {}): Result<PersonalId> {
	const field = options.field ?? 'citizen_id';
	if (input === undefined || input === null) return fail(domainError('error.required', field));
	if (typeof input !== 'string') return fail(domainError('error.invalid', field));
	const value = normaliseIdInput(input);
	if (value === '') return fail(domainError('error.required', field));
	if (!/^\d+$/.test(value)) return fail(domainError('error.citizen_id.not_digits', field));
	if (value.length === 9) {
		if (options.allowLegacy === false) return fail(domainError('error.citizen_id.legacy', field));
		return ok({ kind: 'legacy_id', number: value });
	}
	if (value.length !== 12) {
		return fail(domainError('error.citizen_id.length', field, { length: value.length }));
	}
	return structure(value, field, options);
}

function structure(value: string, field: string, options: CitizenIdOptions): Result<CitizenId> {
	const place = value.slice(0, 3);
	const g = Number(value.charAt(3));
	const yy = Number(value.slice(4, 6));
	const country = Number(place);
	const abroad =
		country >= CITIZEN_ID_COUNTRY_CODE_RANGE.from && country <= CITIZEN_ID_COUNTRY_CODE_RANGE.to;
	if (!abroad && !CITIZEN_ID_PROVINCE_CODES.has(place)) {
		return fail(domainError('error.citizen_id.place_code', field, { code: place }));
	}
	const birthYear = 1900 + Math.floor(g / 2) * 100 + yy;
	const errors: DomainError[] = [];
	if (options.birthDate !== undefined) {
		const birth = LocalDate.safeParse(options.birthDate);
		if (!birth.success)
			errors.push(domainError('error.not_a_date', siblingPath(field, 'birth_date')));
		else if (Number(birth.data.slice(0, 4)) !== birthYear) {
			const year = Number(birth.data.slice(0, 4));
			errors.push(
				domainError('error.citizen_id.birth_year', field, {
					year,
					expected: expectedDigits(year) ?? '—'
				})
			);
		}
	}
	if (options.asOf !== undefined) {
		const asOf = LocalDate.safeParse(options.asOf);
		if (asOf.success && birthYear > Number(asOf.data.slice(0, 4))) {
			errors.push(domainError('error.citizen_id.future_year', field, { year: birthYear }));
		}
	}
	if (errors.length > 0) return fail(...errors);
	return ok({
		kind: 'citizen_id',
		number: value,
		place_code: place,
		born_abroad: abroad,
		sex: g % 2 === 0 ? 'male' : 'female',
		birth_year: birthYear
	});
}

/** `applicant.citizen_id` → `applicant.birth_date`. */
function siblingPath(field: string, name: string): string {
	const parts = field.split('.');
	parts[parts.length - 1] = name;
	return parts.join('.');
}

/** The G and YY digits (for both sexes) that a birth year gives, e.g. 1985 → `085/185`. */
function expectedDigits(year: number): string | undefined {
	const century = Math.floor(year / 100) - 19;
	if (century < 0 || century > 4) return undefined;
	const yy = String(year % 100).padStart(2, '0');
	return `${century * 2}${yy}/${century * 2 + 1}${yy}`;
}

/** A zod field: a typed 12-digit personal ID, output normalised (legacy CMND refused). */
export const CitizenIdField = z.string().transform((raw, ctx) => {
	const parsed = parseCitizenId(raw, { allowLegacy: false });
	if (parsed.ok) return parsed.value.number;
	addDomainIssues(ctx, parsed.errors);
	return z.NEVER;
});

/** A zod field: a 12-digit personal ID or a 9-digit legacy CMND, output normalised. */
export const PersonalIdField = z.string().transform((raw, ctx) => {
	const parsed = parseCitizenId(raw);
	if (parsed.ok) return parsed.value;
	addDomainIssues(ctx, parsed.errors);
	return z.NEVER;
});
