import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { FeeChannel, FeeLine } from '$lib/domain/schemas/procedure';

/**
 * Fee for certifying a copy from its original (phí chứng thực bản sao từ bản chính), national:
 * TT 226/2016/TT-BTC Art 4: 2,000 đ/page for pages 1–2, 1,000 đ/page from page 3, at most
 * 200,000 đ per copy; pages are counted on the original.
 */
export const CERTIFICATION_COPY_FEE = {
	firstPagesRate: 2_000,
	firstPages: 2,
	laterPagesRate: 1_000,
	maxPerCopy: 200_000
} as const;

/** Certifying a signature: 10,000 đ per case (TT 226/2016/TT-BTC Art 4). */
export const SIGNATURE_CERTIFICATION_FEE = 10_000;

/** Largest page count accepted: a bound on typing accidents, far above any real original. */
export const MAX_PAGES = 10_000;

/** The fee, in đồng, to certify one copy of an original of `pages` pages. */
export function certificationCopyFee(pages: number): Result<number> {
	const checked = checkCount(pages, 'pages', MAX_PAGES);
	if (!checked.ok) return checked;
	const { firstPagesRate, firstPages, laterPagesRate, maxPerCopy } = CERTIFICATION_COPY_FEE;
	const first = Math.min(pages, firstPages) * firstPagesRate;
	const later = Math.max(0, pages - firstPages) * laterPagesRate;
	return ok(Math.min(first + later, maxPerCopy));
}

/** The fee to certify `copies` copies of an original of `pages` pages (the cap is per copy). */
export function certificationFee(pages: number, copies: number): Result<number> {
	const perCopy = certificationCopyFee(pages);
	if (!perCopy.ok) return perCopy;
	const checked = checkCount(copies, 'copies', 1_000);
	if (!checked.ok) return checked;
	return ok(perCopy.value * copies);
}

/**
 * The fee of one copy computed from a procedure's own `per: 'page'` fee lines (catalog data):
 * each line charges its rate for the pages of its range, and the total is capped by the smallest
 * `max_per_copy` among the lines. With the seed data for 2.000815 this equals
 * `certificationCopyFee`; a province or a new circular changes the data, not this code.
 * Lines restricted to another channel than `channel` (when given) are left out.
 */
export function pageTieredFee(
	lines: readonly FeeLine[],
	pages: number,
	channel?: FeeChannel
): Result<number> {
	const checked = checkCount(pages, 'pages', MAX_PAGES);
	if (!checked.ok) return checked;
	let total = 0;
	let cap = Number.POSITIVE_INFINITY;
	for (const line of lines) {
		if (line.per !== 'page') continue;
		if (channel !== undefined && line.channel !== undefined && line.channel !== channel) continue;
		const from = line.pages?.from ?? 1;
		const to = Math.min(line.pages?.to ?? pages, pages);
		if (to >= from) total += (to - from + 1) * line.amount;
		if (line.max_per_copy !== undefined) cap = Math.min(cap, line.max_per_copy);
	}
	return ok(Math.min(total, cap));
}

function checkCount(n: number, field: string, max: number): Result<number> {
	if (!Number.isInteger(n) || n < 1) return fail(domainError('error.positive_integer', field));
	if (n > max) return fail(domainError('error.too_big', field, { max }));
	return ok(n);
}
