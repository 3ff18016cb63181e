import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { FormKind, FormTemplate, FormTemplateSet } from '$lib/domain/schemas/form-templates';

export interface ChosenTemplate {
	readonly set: FormTemplateSet;
	readonly template: FormTemplate;
}

/**
 * The template of form `kind` for a form issued on the Vietnam date `date`: the newest set in
 * force that day which has that form. A form the sets in force lack (the stop notice, new in TT
 * 03/2025, for a date before it) takes the oldest set that has it.
 */
export function templateFor(
	sets: readonly FormTemplateSet[],
	kind: FormKind,
	date: string
): Result<ChosenTemplate> {
	const having = sets
		.filter((s) => s.forms[kind] !== undefined)
		.sort((a, b) => (a.effective_from < b.effective_from ? -1 : 1));
	const inForce = having.filter((s) => s.effective_from <= date).at(-1) ?? having[0];
	const template = inForce?.forms[kind];
	if (!inForce || !template) {
		return fail(domainError('error.form_template_missing', 'forms', { kind, date }));
	}
	return ok({ set: inForce, template });
}
