import { PUBLIC_TOKEN } from '$lib/domain/schemas/public-status';

/**
 * The public id of a dossier, `<commune code>-<token>` (e.g. `99901-K7M2Q9XPA3BWE4NR`): the
 * commune names the status database, the token the document. The receipt's QR encodes it as the
 * URL `<app origin>/tra-cuu/<public id>`; people type it grouped (`99901-K7M2-Q9XP-A3BW-E4NR`).
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random bytes a token takes: 10 bytes = 80 bits = 16 base32 characters. */
export const TOKEN_BYTES = 10;

export interface PublicId {
	readonly commune: string;
	readonly token: string;
}

/** Crockford base32 of 10 random bytes (drawn by the caller: the domain has no randomness). */
export function tokenFromBytes(bytes: Uint8Array): string {
	if (bytes.length !== TOKEN_BYTES) throw new RangeError(`a token takes ${TOKEN_BYTES} bytes`);
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			out += ALPHABET[(buffer >> bits) & 31];
		}
		buffer &= (1 << bits) - 1;
	}
	return out;
}

export function publicIdOf(commune: string, token: string): string {
	return `${commune}-${token}`;
}

/** The token in groups of four, as the receipt prints it for typing. */
export function groupedToken(token: string): string {
	return token.replace(/(.{4})(?=.)/g, '$1-');
}

/** The lookup page's address for a public id: what the receipt's QR encodes. */
export function statusUrl(origin: string, id: PublicId): string {
	return `${origin.replace(/\/+$/, '')}/tra-cuu/${publicIdOf(id.commune, id.token)}`;
}

/** Crockford's reading rules: case-insensitive, O as 0, I and L as 1; spaces and dashes ignored. */
function normaliseToken(text: string): string {
	return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/**
 * Reads a public id from what a person typed or a scanner sent: the QR's URL (any origin, with
 * or without a query or trailing slash), `/tra-cuu/<id>`, or the id itself, grouped or not, in
 * any case. `null` when it is none of these.
 */
export function parsePublicId(input: string): PublicId | null {
	let text = input.trim();
	const inUrl = /\/tra-cuu\/([^/?#]+)\/?(?:[?#].*)?$/.exec(text);
	if (inUrl) {
		try {
			text = decodeURIComponent(inUrl[1] ?? '');
		} catch {
			return null;
		}
	} else if (/[/?#]/.test(text)) {
		return null;
	}
	const parts = /^(\d{5})[\s-]*(.+)$/.exec(text);
	if (!parts) return null;
	const token = normaliseToken(parts[2] ?? '');
	return PUBLIC_TOKEN.test(token) ? { commune: parts[1] ?? '', token } : null;
}

/** The lookup form's two fields: the commune code part is optional when the token has it. */
export function publicIdFromForm(communeAndToken: string): PublicId | null {
	return parsePublicId(communeAndToken);
}
