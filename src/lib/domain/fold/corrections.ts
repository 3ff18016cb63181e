import type { CorrectablePath, FieldValue } from '$lib/domain/schemas/events';
import { CorrectableView } from './state';

/**
 * Corrections of intake data (a typo in a name, a wrong phone number). The intake document is
 * never rewritten; a `corrected` event changes the current view only, and the original stays
 * visible in the state (Form 06 history is append-only, DOMAIN.md 2.6).
 */

const PERSON_KEYS = new Set([
	'name',
	'citizen_id',
	'legacy_id',
	'phone',
	'email',
	'address',
	'birth_date'
]);
const ORGANISATION_KEYS = new Set(['name', 'representative', 'tax_code', 'phone', 'address']);

/** The value of a correctable field in a view, `null` when absent. */
export function valueAt(view: CorrectableView, path: CorrectablePath): FieldValue {
	const [head, key] = path.split('.');
	const holder: Record<string, unknown> = key === undefined ? view : view.applicant;
	const value = holder[key ?? head ?? ''];
	return typeof value === 'string' || typeof value === 'number' ? value : null;
}

export type CorrectionOutcome =
	| { readonly ok: true; readonly view: CorrectableView }
	| { readonly ok: false; readonly code: 'correction_path' | 'correction_value' };

/** The view with `path` set to `value` (`null` removes an optional field), checked by its schema. */
export function corrected(
	view: CorrectableView,
	path: CorrectablePath,
	value: FieldValue
): CorrectionOutcome {
	const [head, key] = path.split('.');
	let candidate: Record<string, unknown>;
	if (key === undefined) {
		candidate = setOrRemove(view, head ?? '', value);
	} else {
		const keys = view.applicant.kind === 'person' ? PERSON_KEYS : ORGANISATION_KEYS;
		if (!keys.has(key)) return { ok: false, code: 'correction_path' };
		candidate = { ...view, applicant: setOrRemove(view.applicant, key, value) };
	}
	const parsed = CorrectableView.safeParse(candidate);
	return parsed.success ? { ok: true, view: parsed.data } : { ok: false, code: 'correction_value' };
}

function setOrRemove(holder: object, key: string, value: FieldValue): Record<string, unknown> {
	const copy: Record<string, unknown> = { ...holder };
	if (value === null) delete copy[key];
	else copy[key] = value;
	return copy;
}
