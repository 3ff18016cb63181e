import { z } from 'zod';
import type { Result } from '$lib/domain/errors';
import { addIssue, parseWith } from '$lib/domain/validate/zod-errors';
import { LocalDate, Text } from './common';

/**
 * The one-stop forms of a circular as data (DOMAIN.md decisions: "form templates are versioned
 * data with effective dates, so a new circular is a data change"; issue 18 point 2). A set names
 * its circular and the first day it applies; each form has its number and title in that
 * circular. Shipped in src/lib/seed/form-templates.json and checked at build time.
 */

/** The jobs the forms do, whatever number a circular gives them. */
export const FormKind = z.enum([
	'receipt',
	'supplement_request',
	'refusal',
	'apology',
	'stop_notice',
	'control_slip',
	'tracking_book'
]);
export type FormKind = z.infer<typeof FormKind>;

export const FormTemplate = z.object({
	/** "Mẫu số 04" in the circular's appendix. */
	number: z.string().regex(/^\d{2}$/),
	/** The title as the appendix prints it, in capitals. */
	title: Text(200),
	title_en: Text(200)
});
export type FormTemplate = z.infer<typeof FormTemplate>;

export const FormTemplateSet = z
	.object({
		_id: z.string().startsWith('forms:'),
		type: z.literal('form_templates'),
		/** Short id of the circular, e.g. `tt03-2025`. */
		id: z.string().regex(/^[a-z0-9-]{3,40}$/),
		/** The circular and its appendix, e.g. "Thông tư 03/2025/TT-VPCP, Phụ lục I". */
		basis: Text(300),
		/** First Vietnam date the set applies to a form issued that day. */
		effective_from: LocalDate,
		forms: z.partialRecord(FormKind, FormTemplate),
		/** What was and was not checked against the circular's text. */
		note: Text(1000).optional()
	})
	.superRefine((s, ctx) => {
		if (s._id !== `forms:${s.id}`)
			addIssue(ctx, ['_id'], 'error.doc_id', { expected: `forms:${s.id}` });
		const numbers = new Set<string>();
		for (const [kind, form] of Object.entries(s.forms)) {
			if (numbers.has(form.number)) {
				addIssue(ctx, ['forms', kind, 'number'], 'error.duplicate', { value: form.number });
			}
			numbers.add(form.number);
		}
	});
export type FormTemplateSet = z.infer<typeof FormTemplateSet>;

/** Parses the template sets (seed file, an upstream export); never throws. */
export function parseFormTemplates(input: unknown): Result<FormTemplateSet[]> {
	return parseWith(z.array(FormTemplateSet), input);
}
