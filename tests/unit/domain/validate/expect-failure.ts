import { expect } from 'vitest';
import type { DomainError, Result } from '$lib/domain/errors';

/**
 * Asserts a failed Result whose every error has a Vietnamese message that starts with (or,
 * for sentence-style messages, contains) the field's label, never the raw path, and has no
 * unfilled placeholder. Returns the errors for further checks.
 */
export function expectFailure(result: Result<unknown>): readonly DomainError[] {
	expect(result.ok).toBe(false);
	if (result.ok) return [];
	expect(result.errors.length).toBeGreaterThan(0);
	for (const e of result.errors) {
		const label = String(e.params.field);
		expect(label.length, JSON.stringify(e)).toBeGreaterThan(0);
		if (e.field !== '') expect(label, `label of ${e.field}`).not.toBe(e.field);
		expect(e.message.startsWith(label), e.message).toBe(true);
		expect(e.message).not.toMatch(/\{\w+\}|undefined|NaN/);
		expect(e.code).toBe(e.messageKey.replace(/^error\./, ''));
	}
	return result.errors;
}
