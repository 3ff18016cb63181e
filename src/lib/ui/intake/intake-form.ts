import { z } from 'zod';
import { defaultFeeAmount, feeTableFor } from '$lib/domain/catalog/fee-table';
import type { Procedure } from '$lib/domain/schemas/procedure';

/**
 * The intake form's state: what the officer has typed, kept as text until save (the domain
 * command parses it and answers field by field). Serialisable, so it doubles as the draft.
 */
export const IntakeDraft = z.object({
	procedure_code: z.string(),
	kind: z.enum(['person', 'organisation']),
	name: z.string(),
	citizen_id: z.string(),
	phone: z.string(),
	email: z.string(),
	address: z.string(),
	birth_date: z.string(),
	representative: z.string(),
	tax_code: z.string(),
	documents: z.record(
		z.string(),
		z.object({
			checked: z.boolean(),
			originals: z.coerce.string(),
			copies: z.coerce.string(),
			// Drafts saved before issue 18 have no photocopy count.
			photocopies: z.coerce.string().default('0')
		})
	),
	/** The answer to the procedure's time-limit question: a case id, '' for the default. */
	time_limit_case: z.string().default(''),
	/** The label of an exempt fee line ticked, '' for none. */
	fee_exemption: z.string().default(''),
	sets: z.coerce.string(),
	channel: z.enum(['direct', 'post', 'mobile']),
	result_delivery: z.enum(['desk', 'post', 'online']),
	fee_amount: z.coerce.string(),
	fee_paid: z.boolean(),
	note: z.string()
});
export type IntakeDraft = z.infer<typeof IntakeDraft>;

export function emptyDraft(): IntakeDraft {
	return {
		procedure_code: '',
		kind: 'person',
		name: '',
		citizen_id: '',
		phone: '',
		email: '',
		address: '',
		birth_date: '',
		representative: '',
		tax_code: '',
		documents: {},
		sets: '1',
		channel: 'direct',
		result_delivery: 'desk',
		fee_amount: '0',
		fee_paid: true,
		note: '',
		time_limit_case: '',
		fee_exemption: ''
	};
}

/**
 * The fee to prefill: a fixed per-case fee of the procedure's table for the commune's province
 * (`feeTableFor`), else 0 for the officer to enter.
 */
export function defaultFee(p: Procedure, provinceCode?: string): number {
	return defaultFeeAmount(feeTableFor(p, provinceCode));
}

/** Picks a procedure: its required documents are listed, ticked, with the catalog's counts. */
export function withProcedure(
	draft: IntakeDraft,
	p: Procedure,
	provinceCode?: string
): IntakeDraft {
	const documents: IntakeDraft['documents'] = {};
	for (const d of p.required_documents) {
		documents[d.id] = {
			checked: !d.optional && !d.replaceable_by_database,
			originals: String(d.originals),
			copies: String(d.copies),
			photocopies: '0'
		};
	}
	return {
		...draft,
		procedure_code: p.code,
		documents,
		time_limit_case: '',
		fee_exemption: '',
		fee_amount: String(defaultFee(p, provinceCode))
	};
}

/**
 * A number typed in a field. `<input type="number" bind:value>` hands Svelte a number once the
 * officer edits it, and the text it started from otherwise: accept both.
 */
const num = (value: unknown): number => {
	if (typeof value === 'number') return value;
	const text = String(value ?? '').trim();
	return text === '' ? Number.NaN : Number(text);
};

/** The raw input of the domain's intake command (it validates everything). */
export function toIntakeInput(draft: IntakeDraft, p: Procedure | undefined): unknown {
	const applicant =
		draft.kind === 'person'
			? {
					kind: 'person',
					name: draft.name,
					citizen_id: draft.citizen_id,
					phone: draft.phone,
					email: draft.email,
					address: draft.address,
					birth_date: draft.birth_date
				}
			: {
					kind: 'organisation',
					name: draft.name,
					representative: draft.representative,
					tax_code: draft.tax_code,
					phone: draft.phone,
					address: draft.address
				};
	const documents_received = (p?.required_documents ?? [])
		.filter((d) => draft.documents[d.id]?.checked)
		.map((d) => ({
			doc_id: d.id,
			name: d.name,
			originals: num(draft.documents[d.id]?.originals ?? ''),
			copies: num(draft.documents[d.id]?.copies ?? ''),
			photocopies: num(draft.documents[d.id]?.photocopies ?? '0')
		}));
	return {
		procedure_code: draft.procedure_code,
		applicant,
		documents_received,
		sets: num(draft.sets),
		channel: draft.channel,
		result_delivery: draft.result_delivery,
		fee: { amount: num(draft.fee_amount), paid: draft.fee_paid, exemption: draft.fee_exemption },
		time_limit_case: draft.time_limit_case,
		note: draft.note
	};
}
