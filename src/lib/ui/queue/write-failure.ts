import type { DomainError } from '$lib/domain/errors';
import type { MessageKey } from '$lib/i18n';

type Failed =
	| { readonly ok: false; readonly errors: readonly DomainError[] }
	| {
			readonly ok: false;
			readonly storage: { readonly kind: string };
			readonly errors: readonly [];
	  };

/** The Vietnamese words of a refused queue write: the domain's message, or why storage failed. */
export function failureText(result: Failed, t: (key: MessageKey) => string): string {
	if ('storage' in result) {
		return t(result.storage.kind === 'quota' ? 'storage.quota' : 'storage.unavailable');
	}
	return result.errors.map((e) => e.message).join(' ');
}
