import { isMessageKey, translate, type MessageKey, type MessageParams } from '$lib/i18n';

/**
 * A typed failure of a domain command or validation. `code` is stable (tests and the UI switch
 * on it), `field` names the input that is wrong (a path such as `applicant.citizen_id`, or `''`
 * for the whole document), `message` is the Vietnamese sentence shown next to that field, and
 * `messageKey` + `params` let the UI render it again in English.
 */
export interface DomainError {
	readonly code: string;
	readonly field: string;
	readonly messageKey: MessageKey;
	readonly params: MessageParams;
	readonly message: string;
}

export type Result<T, E = DomainError> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly E[] };

export function ok<T>(value: T): Result<T, never> {
	return { ok: true, value };
}

export function fail(...errors: DomainError[]): Result<never> {
	return { ok: false, errors };
}

/**
 * Builds an error whose message names the field in Vietnamese. `fieldLabelKey` is the i18n key of
 * the field's label (`field.<name>`); when absent the label is the raw field path, which a test
 * should catch.
 */
export function domainError(
	messageKey: MessageKey,
	field: string,
	params: MessageParams = {},
	fieldLabelKey?: MessageKey
): DomainError {
	const label = fieldLabel(field, fieldLabelKey);
	const allParams = { field: label, ...params };
	return {
		code: messageKey.replace(/^error\./, ''),
		field,
		messageKey,
		params: allParams,
		message: translate(messageKey, allParams)
	};
}

/** The Vietnamese label of a field path: `field.<last segment>` when the catalog has it. */
export function fieldLabel(field: string, explicit?: MessageKey): string {
	if (explicit) return translate(explicit);
	const last =
		field
			.split('.')
			.filter((s) => !/^\d+$/.test(s))
			.pop() ?? field;
	const key = `field.${last}`;
	return isMessageKey(key) ? translate(key) : field;
}
