import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';

/**
 * AES-GCM 256 with a fresh 96-bit IV per message; the additional data binds a ciphertext to
 * where it belongs (a document id, a photo id), so a ciphertext moved to another record is
 * refused like a tampered one.
 */
const PREFIX = 'v1.';

export async function sealBytes(
	key: CryptoKey,
	bytes: Uint8Array<ArrayBuffer>,
	aad: string
): Promise<Uint8Array<ArrayBuffer>> {
	const iv = randomBytes(12);
	const sealed = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: utf8(aad) },
		key,
		bytes
	);
	const out = new Uint8Array(12 + sealed.byteLength);
	out.set(iv);
	out.set(new Uint8Array(sealed), 12);
	return out;
}

/** The plain bytes, or null when the key, the place or the bytes are not the sealed ones. */
export async function openBytes(
	key: CryptoKey,
	sealed: Uint8Array<ArrayBuffer>,
	aad: string
): Promise<Uint8Array<ArrayBuffer> | null> {
	if (sealed.length < 28) return null;
	try {
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: sealed.subarray(0, 12), additionalData: utf8(aad) },
			key,
			sealed.subarray(12)
		);
		return new Uint8Array(plain);
	} catch {
		return null;
	}
}

export const isSealedText = (value: unknown): value is string =>
	typeof value === 'string' && value.startsWith(PREFIX);

export async function sealJson(key: CryptoKey, value: unknown, aad: string): Promise<string> {
	return PREFIX + toBase64(await sealBytes(key, utf8(JSON.stringify(value)), aad));
}

/** The value sealed by `sealJson`, or undefined when it does not open. */
export async function openJson(key: CryptoKey, sealed: string, aad: string): Promise<unknown> {
	if (!isSealedText(sealed)) return undefined;
	let bytes: Uint8Array<ArrayBuffer>;
	try {
		bytes = fromBase64(sealed.slice(PREFIX.length));
	} catch {
		return undefined;
	}
	const plain = await openBytes(key, bytes, aad);
	return plain === null ? undefined : (JSON.parse(new TextDecoder().decode(plain)) as unknown);
}
