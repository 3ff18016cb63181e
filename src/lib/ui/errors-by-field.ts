import type { DomainError } from '$lib/domain/errors';

/** The first message for each field path, for showing next to the inputs. */
export function errorsByField(errors: readonly DomainError[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of errors) out[e.field] ??= e.message;
	return out;
}
