import { vnDateOf } from '$lib/domain/calendar/vn-time';
import { templateFor } from '$lib/domain/forms/template-for';
import { parseFormTemplates, type FormKind } from '$lib/domain/schemas/form-templates';
import { locale, t } from '$lib/i18n/locale.svelte';
import templatesJson from '$lib/seed/form-templates.json';

/**
 * The form templates shipped with the app (src/lib/seed/form-templates.json, checked against
 * their schema at build time by scripts/check-seed.js, so the parse cannot fail in a build).
 */
const parsed = parseFormTemplates(templatesJson);
const SETS = parsed.ok ? parsed.value : [];

export interface PrintedTemplate {
	readonly title: string;
	/** "Mẫu số 04 — Thông tư 03/2025/TT-VPCP, Phụ lục I". */
	readonly line: string;
}

/** The title and form line of form `kind` issued at the instant `at`, in the UI language. */
export function printedTemplate(kind: FormKind, at: string): PrintedTemplate {
	const chosen = templateFor(SETS, kind, vnDateOf(at));
	if (!chosen.ok) return { title: '', line: '' };
	const { set, template } = chosen.value;
	return {
		title: locale.current === 'en' ? template.title_en : template.title,
		line: t('form.templateLine', { number: template.number, basis: set.basis })
	};
}
