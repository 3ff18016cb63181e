/**
 * Diacritics-free text for search. Vietnamese users type with or without tones ("Nguyễn" or
 * "nguyen"), with Telex/VNI input methods that may emit precomposed (NFC) or combining (NFD)
 * characters, and with đ as a separate letter that Unicode does not decompose.
 */

/** Combining marks left after canonical decomposition: tones, breve, circumflex, horn. */
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Folds a text for comparison: NFKD (canonical decomposition, plus full-width and other
 * compatibility forms to ASCII), lower case, strip combining marks, đ/Đ → d, collapse whitespace,
 * trim. `foldVietnamese('  ĐĂNG   KÝ ') === 'dang ky'`; NFC and NFD input fold the same. Lower
 * casing comes before stripping because it can itself add a mark (`İ` → `i̇`).
 */
export function foldVietnamese(s: string): string {
	return s
		.normalize('NFKD')
		.toLowerCase()
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.replace(/đ/g, 'd')
		.replace(/\s+/gu, ' ')
		.trim();
}

/** Folded tokens of a text: split on anything that is not a letter or digit, no empties, unique. */
export function searchTokens(s: string): string[] {
	const tokens = foldVietnamese(s)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((t) => t.length > 0);
	return [...new Set(tokens)];
}
