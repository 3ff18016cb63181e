import { z } from 'zod';
import { normalisePhoneDigits } from '$lib/domain/validate/phone';
import { foldVietnamese, searchTokens } from './fold-text';

/** What a dossier contributes to its search index (all optional, raw or stored values). */
export const SearchTermsInput = z.object({
	applicantName: z.string().optional(),
	/** Rendered dossier code, e.g. `000.17.22.H56-250714-1003`. */
	code: z.string().optional(),
	citizenId: z.string().optional(),
	phone: z.string().optional(),
	procedureName: z.string().optional(),
	procedureCode: z.string().optional(),
	/** Any other text to make findable (address, notes): tokens only. */
	extra: z.array(z.string()).optional()
});
export type SearchTermsInput = z.infer<typeof SearchTermsInput>;

/**
 * Terms for a Dexie multi-entry index of a dossier. Every term is a folded token
 * (`searchTokens`), so a query is answered by prefix match on each of its tokens
 * (`matchesQuery`; Dexie: `where('terms').startsWith(firstToken)` then filter). Emits, unique:
 *
 * - name, procedure name, extra: their folded tokens (`Nguyễn Văn Đức` → `nguyen van duc`);
 * - dossier code: each part (`000`, `17`, `22`, `h56`, `250714`, `1003`), the trailing sequence
 *   without leading zeros (`0042` → `42`) and date+sequence joined (`2507141003`), so "1003",
 *   "250714 1003" and "H56-250714" all find it;
 * - procedure code: its parts and the whole code without dots (`1001193`);
 * - citizen ID (or legacy CMND): all digits, and the last 4 and last 6 digits (the random part);
 * - phone: national form `0912345678`, without the trunk 0 (`912345678`), with the country code
 *   (`84912345678`), and the last 4 digits (`5678`).
 */
export function searchTerms(input: SearchTermsInput): string[] {
	const terms: string[] = [];
	const add = (...ts: string[]) => terms.push(...ts.filter((t) => t.length > 0));
	for (const text of [input.applicantName, input.procedureName, ...(input.extra ?? [])]) {
		if (text !== undefined) add(...searchTokens(text));
	}
	if (input.code !== undefined) add(...codeTerms(input.code));
	if (input.procedureCode !== undefined) {
		const parts = searchTokens(input.procedureCode);
		add(...parts, parts.join(''));
	}
	if (input.citizenId !== undefined) {
		const digits = input.citizenId.normalize('NFKC').replace(/\D/g, '');
		if (digits.length >= 6) add(digits, digits.slice(-4), digits.slice(-6));
		else add(digits);
	}
	if (input.phone !== undefined) {
		const national = normalisePhoneDigits(input.phone);
		if (national !== undefined && national.startsWith('0') && national.length >= 5) {
			const local = national.slice(1);
			add(national, local, `84${local}`, national.slice(-4));
		} else if (national !== undefined) add(national);
	}
	return [...new Set(terms)];
}

function codeTerms(code: string): string[] {
	const parts = searchTokens(code);
	const terms = [...parts];
	const [date, seq] = parts.slice(-2);
	// The dossier layout `<agency>-YYMMDD-XXXX` (TT 01/2018 Art 19) ends with a date and a sequence.
	if (date !== undefined && seq !== undefined && /^\d{6}$/.test(date) && /^\d{4}$/.test(seq)) {
		terms.push(seq.replace(/^0+(?=\d)/, ''), `${date}${seq}`);
	}
	return terms;
}

/**
 * Whether a dossier with index `terms` (as made by `searchTerms`) matches `query`: every folded
 * token of the query is a prefix of some term. A query made of digits and separators only
 * (`0912 345 678`, `+84 912…`) also matches when its digits, joined, prefix a term. An empty
 * query matches everything.
 */
export function matchesQuery(terms: readonly string[], query: string): boolean {
	const tokens = searchTokens(query);
	if (tokens.length === 0) return true;
	const prefixes = (t: string) => terms.some((term) => term.startsWith(t));
	if (tokens.every(prefixes)) return true;
	const folded = foldVietnamese(query);
	if (/^[\d\s.+()-]+$/.test(folded)) {
		const digits = folded.replace(/\D/g, '');
		return digits.length > 0 && prefixes(digits);
	}
	return false;
}
