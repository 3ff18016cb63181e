import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import { DossierCodeParts, dateOfYymmdd } from './code-parts';
import type { CodeFormatter } from './formatter';
import { tt01of2018 } from './tt01-2018';

/**
 * Every dossier-code layout, oldest first. TT 03/2025/TT-VPCP re-specified the code but its
 * layout was not found (DOMAIN.md 3.1, 9): when it is, add its formatter here with its date.
 */
export const CODE_FORMATTERS: readonly CodeFormatter[] = [tt01of2018];

/** The layout in force on a Vietnam legal receipt date (`YYYY-MM-DD`). */
export function formatterFor(
	date: string,
	formatters: readonly CodeFormatter[] = CODE_FORMATTERS
): Result<CodeFormatter> {
	const found = formatters
		.filter((f) => f.effective_from <= date)
		.reduce<CodeFormatter | undefined>(
			(best, f) => (best === undefined || f.effective_from > best.effective_from ? f : best),
			undefined
		);
	return found ? ok(found) : fail(domainError('error.code_format_missing', 'code', { date }));
}

/** Renders the code of `parts` with the layout of the date the parts carry. */
export function formatDossierCode(
	parts: DossierCodeParts,
	formatters: readonly CodeFormatter[] = CODE_FORMATTERS
): Result<string> {
	const checked = DossierCodeParts.safeParse(parts);
	if (!checked.success) return fail(domainError('error.dossier_code', 'code'));
	const formatter = formatterFor(dateOfYymmdd(parts.date), formatters);
	return formatter.ok ? ok(formatter.value.format(checked.data)) : formatter;
}

/**
 * The parts of a rendered code: the first layout that reads it and is in force on the date it
 * carries (newest first, so a future layout wins over an older one that happens to match).
 */
export function parseDossierCode(
	code: string,
	formatters: readonly CodeFormatter[] = CODE_FORMATTERS
): Result<DossierCodeParts> {
	const newestFirst = [...formatters].sort((a, b) =>
		a.effective_from < b.effective_from ? 1 : -1
	);
	for (const f of newestFirst) {
		const parts = f.parse(code);
		if (parts && f.effective_from <= dateOfYymmdd(parts.date)) return ok(parts);
	}
	return fail(domainError('error.dossier_code', 'code'));
}
