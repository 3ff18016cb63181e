/**
 * The keys the device works with while unlocked, all derived from one random 32-byte device
 * secret with HKDF-SHA-256 and all non-extractable: script can use them, nothing can read them
 * out (WebCrypto). One secret, several keys, so that a search hash can never be turned into a
 * decryption and the secret itself is wrapped once per password or PIN.
 */
export interface DataKeys {
	/** AES-GCM 256: the personal fields of records, read-model rows, photos, drafts, backups. */
	readonly seal: CryptoKey;
	/** HMAC-SHA-256: the read model's search keys (keyed hashes of the accent-free terms). */
	readonly search: CryptoKey;
}

const info = (label: string) => new TextEncoder().encode(`motcua/${label}/v1`);
const NO_SALT = new Uint8Array(32);

/** The working keys of a device secret given as a non-extractable HKDF key. */
export async function dataKeysOf(secret: CryptoKey): Promise<DataKeys> {
	const hkdf = (label: string) => ({
		name: 'HKDF',
		hash: 'SHA-256',
		salt: NO_SALT,
		info: info(label)
	});
	const [seal, search] = await Promise.all([
		crypto.subtle.deriveKey(hkdf('seal'), secret, { name: 'AES-GCM', length: 256 }, false, [
			'encrypt',
			'decrypt'
		]),
		crypto.subtle.deriveKey(
			hkdf('search'),
			secret,
			{ name: 'HMAC', hash: 'SHA-256', length: 256 },
			false,
			['sign']
		)
	]);
	return { seal, search };
}

/** Imports raw secret bytes as a non-extractable HKDF key (HKDF keys are never extractable). */
export function importSecret(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
	return crypto.subtle.importKey('raw', bytes, 'HKDF', false, ['deriveKey', 'deriveBits']);
}
