import { z } from 'zod';
import { LocalDate, Text } from '$lib/domain/schemas/common';
import { ResultDelivery, TaxCode } from '$lib/domain/schemas/dossier';
import type { CorrectablePath } from '$lib/domain/schemas/events';
import { ApplicantNameField } from '$lib/domain/validate/applicant-name';
import { CitizenIdField, normaliseIdInput } from '$lib/domain/validate/citizen-id';
import { parseEmail } from '$lib/domain/validate/email';
import { PhoneField } from '$lib/domain/validate/phone';
import { addDomainIssues } from '$lib/domain/validate/zod-errors';

/**
 * Form fields as officers type them, normalised to the stored form. Optional text fields left
 * blank on a form arrive as `''`: they count as absent.
 */

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** An optional form field: blank or missing is absent, anything else must pass `schema`. */
export function optionalInput<T extends z.ZodType>(schema: T) {
	return z.preprocess(blankToUndefined, schema.optional());
}

export const EmailField = z.string().transform((raw, ctx) => {
	const parsed = parseEmail(raw);
	if (parsed.ok) return parsed.value;
	addDomainIssues(ctx, parsed.errors);
	return z.NEVER;
});

/** Old 9-digit identity card (CMND), typed with or without separators. */
export const LegacyIdField = z
	.string()
	.transform(normaliseIdInput)
	.refine((s) => /^\d{9}$/.test(s), { params: { messageKey: 'error.legacy_id' } });

export const TaxCodeField = z
	.string()
	.transform((s) => s.normalize('NFKC').replace(/\s/gu, ''))
	.refine((s) => TaxCode.safeParse(s).success, { params: { messageKey: 'error.tax_code' } });

/** The input schema of a corrected value, per field (and per applicant kind for the name). */
export function correctionInput(path: CorrectablePath, kind: 'person' | 'organisation'): z.ZodType {
	switch (path) {
		case 'applicant.name':
			return kind === 'person' ? ApplicantNameField : Text(200);
		case 'applicant.representative':
			return ApplicantNameField;
		case 'applicant.citizen_id':
			return CitizenIdField;
		case 'applicant.legacy_id':
			return LegacyIdField;
		case 'applicant.phone':
			return PhoneField;
		case 'applicant.email':
			return EmailField;
		case 'applicant.birth_date':
			return LocalDate;
		case 'applicant.tax_code':
			return TaxCodeField;
		case 'applicant.address':
			return Text(300);
		case 'sets':
			return z.number().int().min(1).max(99);
		case 'result_delivery':
			return ResultDelivery;
		case 'competent_authority':
		case 'support_point':
			return Text(200);
		case 'note':
			return Text(1000);
	}
}
