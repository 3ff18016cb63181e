import { z } from 'zod';
import { Dong, LocalDate, Text } from '$lib/domain/schemas/common';
import { Channel, DocumentReceived, Officer, ResultDelivery } from '$lib/domain/schemas/dossier';
import { ProcedureCode } from '$lib/domain/schemas/procedure';
import { ApplicantNameField } from '$lib/domain/validate/applicant-name';
import { CitizenIdField, parseCitizenId } from '$lib/domain/validate/citizen-id';
import { PhoneField } from '$lib/domain/validate/phone';
import { EmailField, LegacyIdField, TaxCodeField, optionalInput } from './input-fields';

/**
 * The intake form (Form 01 fields, TT 01/2018 Appendix; DOMAIN.md 2.1) as raw input. Parsed at
 * the trust boundary; every failure names its field in Vietnamese.
 */

export const PersonApplicantInput = z
	.object({
		kind: z.literal('person'),
		name: ApplicantNameField,
		citizen_id: optionalInput(CitizenIdField),
		legacy_id: optionalInput(LegacyIdField),
		phone: optionalInput(PhoneField),
		email: optionalInput(EmailField),
		address: Text(300),
		birth_date: optionalInput(LocalDate)
	})
	.superRefine((p, ctx) => {
		// G and YY of the personal ID must agree with the date of birth (Decree 137/2015 Art 13).
		if (p.citizen_id === undefined || !LocalDate.safeParse(p.birth_date).success) return;
		const checked = parseCitizenId(p.citizen_id, { birthDate: p.birth_date, allowLegacy: false });
		if (checked.ok) return;
		for (const e of checked.errors) {
			const params: Record<string, unknown> = { messageKey: e.messageKey };
			for (const [k, v] of Object.entries(e.params)) if (k !== 'field') params[k] = v;
			ctx.addIssue({ code: 'custom', path: ['citizen_id'], message: e.code, params });
		}
	});

export const OrganisationApplicantInput = z.object({
	kind: z.literal('organisation'),
	name: Text(200),
	representative: ApplicantNameField,
	tax_code: optionalInput(TaxCodeField),
	phone: optionalInput(PhoneField),
	address: Text(300)
});

export const ApplicantInput = z.discriminatedUnion('kind', [
	PersonApplicantInput,
	OrganisationApplicantInput
]);

const DocumentReceivedInput = DocumentReceived.refine(
	(d) => d.originals + d.copies + (d.photocopies ?? 0) >= 1,
	{
		path: ['copies'],
		params: { messageKey: 'error.document_count' }
	}
);

export const IntakeInput = z
	.object({
		procedure_code: ProcedureCode,
		applicant: ApplicantInput,
		documents_received: z.array(DocumentReceivedInput).min(1).max(50),
		sets: z.number().int().min(1).max(99).default(1),
		channel: Channel,
		result_delivery: ResultDelivery,
		/** Defaults to the procedure's competent authority. */
		competent_authority: optionalInput(Text(200)),
		support_point: optionalInput(Text(200)),
		fee: z.object({
			amount: Dong,
			paid: z.boolean(),
			/** The label of an exempt fee line of the procedure (Luật Hộ tịch 2014 Art 11). */
			exemption: optionalInput(Text(200))
		}),
		/** The answer to the procedure's time-limit question (a case id); absent: the ordinary one. */
		time_limit_case: optionalInput(z.string().max(40)),
		/** A handler named at intake gives an `assigned` event with the dossier. */
		handler: Officer.optional(),
		note: optionalInput(Text(1000))
	})
	.superRefine((input, ctx) => {
		const seen = new Set<string>();
		input.documents_received.forEach((d, i) => {
			if (seen.has(d.doc_id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['documents_received', i, 'doc_id'],
					message: 'duplicate',
					params: { messageKey: 'error.duplicate', value: d.doc_id }
				});
			}
			seen.add(d.doc_id);
		});
	});
export type IntakeInput = z.input<typeof IntakeInput>;
export type ParsedIntake = z.output<typeof IntakeInput>;
