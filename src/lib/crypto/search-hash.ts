import { toBase64, utf8 } from './bytes';

/**
 * A search term as the read model stores it: HMAC-SHA-256 under the device's search key,
 * truncated to 72 bits (12 base64url characters). Without the key a stored hash cannot be
 * tested against a guessed name, so the index gives away neither the terms nor their prefixes;
 * with the key the same term always gives the same hash, so the search walk still finds it by
 * equality. 72 bits leave a collision among a commune's few million keys out of reach, and a
 * collision could only add a row the row test then drops.
 */
const HASH_BYTES = 9;

export async function hashTerm(key: CryptoKey, term: string): Promise<string> {
	const mac = await crypto.subtle.sign('HMAC', key, utf8(term));
	return toBase64(new Uint8Array(mac, 0, HASH_BYTES));
}

export function hashTerms(key: CryptoKey, terms: readonly string[]): Promise<string[]> {
	return Promise.all(terms.map((t) => hashTerm(key, t)));
}
