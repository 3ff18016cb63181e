import Dexie from 'dexie';
import { foldVietnamese, searchTokens } from '$lib/domain/search/fold-text';
import { termKey } from '$lib/db/read-model';

/**
 * A book search as the index sees it (issue 19): each query word becomes the key of that prefix
 * (a keyed hash on a device with a secret), so a row matches when it holds the keys of every
 * word — what `matchesQuery` tested on clear terms — or, for a query of digits and separators
 * (`0912 345 678`), the key of its digits joined.
 */
export interface QueryMatch {
	/** The keys that drive the walk: one per word, or the joined digits. */
	readonly drive: readonly string[];
	matches(terms: readonly string[]): boolean;
}

export async function queryMatch(query: string): Promise<QueryMatch> {
	const folded = foldVietnamese(query);
	const digits = folded.replace(/\D/g, '');
	const digitQuery = /^[\d\s.+()-]+$/.test(folded) && digits.length > 0;
	const tokens = searchTokens(query);
	// Through Dexie.waitFor: a live query keeps observing across WebCrypto's promises.
	const [tokenKeys, digitKey] = await Dexie.waitFor(
		Promise.all([Promise.all(tokens.map(termKey)), digitQuery ? termKey(digits) : undefined])
	);
	return {
		drive: digitKey !== undefined ? [digitKey] : tokenKeys,
		matches(terms) {
			const has = (k: string) => terms.includes(k);
			return tokenKeys.every(has) || (digitKey !== undefined && has(digitKey));
		}
	};
}
