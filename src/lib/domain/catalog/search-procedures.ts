import type { Procedure } from '$lib/domain/schemas/procedure';
import { foldVietnamese, searchTokens } from '$lib/domain/search/fold-text';

/**
 * How well a procedure matches a query, best first:
 * 0 the code equals the query; 1 the code starts with it (`1.0011`); 2 the folded Vietnamese name
 * starts with the folded query ("dang ky khai"); 3 every query token is a whole word of the
 * Vietnamese name, the last one possibly still being typed ("khai tu luu dong" is death
 * registration, not "thủ tục … khai sinh lưu động" whose "tục" only starts with "tu"); 4 every
 * query token is a prefix of a word of the name; 5 every query token is a prefix of a word of the
 * name, the English name, the field name or the code.
 */
export type ProcedureMatchRank = 0 | 1 | 2 | 3 | 4 | 5;

interface Folded {
	readonly code: string;
	readonly name: string;
	readonly nameTokens: readonly string[];
	readonly allTokens: readonly string[];
}

/**
 * Folded texts per procedure document, computed once: a catalog of a few hundred entries is
 * searched at every keystroke, and the documents are immutable values.
 */
const folded = new WeakMap<Procedure, Folded>();

function foldedOf(p: Procedure): Folded {
	let f = folded.get(p);
	if (f === undefined) {
		const name = foldVietnamese(p.name);
		f = {
			code: p.code.toLowerCase(),
			name,
			nameTokens: searchTokens(name),
			allTokens: searchTokens([p.name, p.name_en ?? '', p.field.name, p.code].join(' '))
		};
		folded.set(p, f);
	}
	return f;
}

/** The rank of `procedure` for `query`, or `undefined` when it does not match. */
export function rankProcedure(procedure: Procedure, query: string): ProcedureMatchRank | undefined {
	const q = foldVietnamese(query);
	if (q === '') return undefined;
	const f = foldedOf(procedure);
	const compact = q.replace(/\s+/g, '');
	if (f.code === compact) return 0;
	if (/^\d\./.test(compact) && f.code.startsWith(compact)) return 1;
	if (f.name.startsWith(q)) return 2;
	const tokens = searchTokens(q);
	if (tokens.length === 0) return undefined;
	const last = tokens.at(-1) as string;
	const whole = tokens.slice(0, -1).every((t) => f.nameTokens.includes(t));
	if (whole && f.nameTokens.some((w) => w.startsWith(last))) return 3;
	if (allPrefixed(tokens, f.nameTokens)) return 4;
	return allPrefixed(tokens, f.allTokens) ? 5 : undefined;
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
