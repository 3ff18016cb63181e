import { expect } from 'vitest';

/**
 * Asserts a `Result` (or `WriteResult`) succeeded and narrows it, so a test goes on to check the
 * value instead of returning early: a failure fails the test and prints the errors.
 */
export function expectOk<R extends { readonly ok: boolean }>(
	r: R
): asserts r is Extract<R, { readonly ok: true }> {
	expect(r.ok, 'errors' in r ? JSON.stringify(r.errors) : '').toBe(true);
}

/** Asserts a `Result` failed and narrows it to its errors. */
export function expectFailure<R extends { readonly ok: boolean }>(
	r: R
): asserts r is Extract<R, { readonly ok: false }> {
	expect(r.ok).toBe(false);
}
