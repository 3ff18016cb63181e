import type { Locator } from '@playwright/test';

/**
 * Waits a page object does instead of an assertion (page objects hold no `expect`). Each gives up
 * after expect's own default, 5 s, unless told otherwise, and throws on timeout as the assertion
 * it replaces failed: a page that never gets ready still fails the test.
 */
export const READY_TIMEOUT = 5_000;
/**
 * How long a page object's `open()` waits for its page: a first visit in a fresh context loads
 * the whole app over the network and opens the store, which on a loaded 2-core CI machine took
 * more than 5 s (upstream-report.spec failed there once waiting for the sync page's title).
 */
export const PAGE_OPEN_TIMEOUT = 15_000;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with any run of whitespace standing for its spaces, as expect's text matchers read it. */
const loosely = (text: string) => text.trim().split(/\s+/).map(escape).join('\\s+');

/** Matches exactly `text`, as toHaveText does: the whole text, whitespace collapsed and trimmed. */
export function exactly(text: string): RegExp {
	return new RegExp(`^\\s*${loosely(text)}\\s*$`);
}

/** Waits until `locator` reads exactly `text` (toHaveText's match, as a plain wait). */
export async function waitForText(
	locator: Locator,
	text: string,
	timeout = READY_TIMEOUT
): Promise<void> {
	await locator.filter({ hasText: exactly(text) }).waitFor({ state: 'attached', timeout });
}

/** Waits until `locator` contains `text` (toContainText's match, as a plain wait). */
export async function waitForTextIn(
	locator: Locator,
	text: string,
	timeout = READY_TIMEOUT
): Promise<void> {
	await locator
		.filter({ hasText: new RegExp(loosely(text)) })
		.waitFor({ state: 'attached', timeout });
}
