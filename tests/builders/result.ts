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

/** Asserts a zod `safeParse` result was refused and narrows it to its error. */
export function expectRejected<R extends { readonly success: boolean }>(
	r: R
): asserts r is Extract<R, { readonly success: false }> {
	expect(r.success).toBe(false);
}

/** Asserts a looked-up value is there (not undefined or null) and narrows it. */
export function expectPresent<T>(value: T, what: string): asserts value is NonNullable<T> {
	expect(value ?? null, `${what} is missing`).not.toBeNull();
}
