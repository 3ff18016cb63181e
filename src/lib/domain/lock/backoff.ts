/**
 * How long the unlock waits after wrong passwords or PINs in a row: the first five tries are
 * free (a typo, a PIN mistyped), then 30 s, doubling with every further miss up to an hour.
 * Counted in the session row, so a reload does not reset it. A 6-digit PIN thus takes years of
 * guessing through the screen; a copied disk is guarded by PBKDF2 instead (docs/ARCHITECTURE.md).
 */
export const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 3_600_000;

/** The wait after the `count`-th wrong try in a row (0 while tries are free). */
export function waitAfter(count: number): number {
	if (count < FREE_TRIES) return 0;
	return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (count - FREE_TRIES));
}

/** Milliseconds still to wait at `now` before a try is let through (0: try now). */
export function remainingWait(waitUntil: string | undefined, now: string): number {
	if (!waitUntil) return 0;
	return Math.max(0, Date.parse(waitUntil) - Date.parse(now));
}

/** The end of the Vietnam legal day (UTC+7) that `now` falls in, as an ISO instant. */
export function endOfVietnamDay(now: string): string {
	const shifted = Date.parse(now) + 7 * 3_600_000;
	const dayStart = shifted - (shifted % 86_400_000);
	return new Date(dayStart + 86_400_000 - 7 * 3_600_000).toISOString();
}
