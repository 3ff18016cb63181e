import type { Procedure } from '$lib/domain/schemas/procedure';
import { foldVietnamese, searchTokens } from '$lib/domain/search/fold-text';

/**
 * How well a procedure matches a query, best first:
 * 0 the code equals the query; 1 the code starts with it (`1.0011`); 2 the folded Vietnamese name
 * starts with the folded query ("dang ky khai"); 3 every query token is a prefix of a token of the
 * Vietnamese name ("khai sinh"); 4 every query token is a prefix of a token of the name, the
 * English name, the field name or the code.
 */
export type ProcedureMatchRank = 0 | 1 | 2 | 3 | 4;

/** The rank of `procedure` for `query`, or `undefined` when it does not match. */
export function rankProcedure(procedure: Procedure, query: string): ProcedureMatchRank | undefined {
	const q = foldVietnamese(query);
	if (q === '') return undefined;
	const code = procedure.code.toLowerCase();
	const compact = q.replace(/\s+/g, '');
	if (code === compact) return 0;
	if (/^\d\./.test(compact) && code.startsWith(compact)) return 1;
	const name = foldVietnamese(procedure.name);
	if (name.startsWith(q)) return 2;
	const tokens = searchTokens(q);
	if (tokens.length === 0) return undefined;
	if (allPrefixed(tokens, searchTokens(name))) return 3;
	const all = searchTokens(
		[procedure.name, procedure.name_en, procedure.field.name, procedure.code].join(' ')
	);
	return allPrefixed(tokens, all) ? 4 : undefined;
}

/**
 * The procedures matching `query` without regard to tones, case or đ, best first (see
 * `ProcedureMatchRank`); ties keep the Vietnamese name order, then the code. An empty query gives
 * every procedure in that order.
 */
export function searchProcedures(procedures: readonly Procedure[], query: string): Procedure[] {
	const byName = (a: Procedure, b: Procedure) =>
		a.name.localeCompare(b.name, 'vi') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
	if (foldVietnamese(query) === '') return [...procedures].sort(byName);
	return procedures
		.map((p) => ({ p, rank: rankProcedure(p, query) }))
		.filter((m): m is { p: Procedure; rank: ProcedureMatchRank } => m.rank !== undefined)
		.sort((a, b) => a.rank - b.rank || byName(a.p, b.p))
		.map((m) => m.p);
}

function allPrefixed(queryTokens: readonly string[], terms: readonly string[]): boolean {
	return queryTokens.every((t) => terms.some((term) => term.startsWith(t)));
}
