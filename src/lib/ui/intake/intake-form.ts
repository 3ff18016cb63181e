import { z } from 'zod';
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
		z.object({ checked: z.boolean(), originals: z.coerce.string(), copies: z.coerce.string() })
	),
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
		note: ''
	};
}

/** The fee to prefill: a fixed per-case fee from the catalog, else 0 for the officer to enter. */
export function defaultFee(p: Procedure): number {
	const direct = p.fees.filter((f) => f.channel === undefined || f.channel === 'direct');
	const perCase = direct.find((f) => f.per === 'case');
	return perCase?.amount ?? 0;
}

/** Picks a procedure: its required documents are listed, ticked, with the catalog's counts. */
export function withProcedure(draft: IntakeDraft, p: Procedure): IntakeDraft {
	const documents: IntakeDraft['documents'] = {};
	for (const d of p.required_documents) {
		documents[d.id] = {
			checked: !d.optional && !d.replaceable_by_database,
			originals: String(d.originals),
			copies: String(d.copies)
		};
	}
	return { ...draft, procedure_code: p.code, documents, fee_amount: String(defaultFee(p)) };
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
			copies: num(draft.documents[d.id]?.copies ?? '')
		}));
	return {
		procedure_code: draft.procedure_code,
		applicant,
		documents_received,
		sets: num(draft.sets),
		channel: draft.channel,
		result_delivery: draft.result_delivery,
		fee: { amount: num(draft.fee_amount), paid: draft.fee_paid },
		note: draft.note
	};
}
