import { TOKEN_BYTES, tokenFromBytes } from '$lib/domain/status-lookup/public-id';

/**
 * The random part of a new dossier's public id (issue 16): 80 bits from the browser's
 * cryptographic generator, so nobody can guess or count their way to another dossier's status.
 */
export function newPublicToken(): string {
	return tokenFromBytes(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
}
