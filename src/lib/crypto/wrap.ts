import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { dataKeysOf, importSecret, type DataKeys } from './data-keys';

/**
 * The device secret wrapped by an officer's password (or the PIN of the day): PBKDF2-SHA-256
 * turns the password and a random salt into an AES-GCM key that encrypts the 32 random bytes of
 * the device secret. Only this wrap is stored (in the journal's session row); the secret exists
 * in memory only while the device is unlocked, as non-extractable keys.
 *
 * 600,000 iterations: OWASP's 2023 figure for PBKDF2-HMAC-SHA-256, the only slow KDF WebCrypto
 * has (no Argon2 or scrypt without WASM, which the CSP refuses). Measured with `npm run
 * bench:crypto` on a 4× slowed CPU (docs/BENCHMARKS.md). A wrap keeps its own count, so the
 * figure can be raised later without locking anyone out.
 */
export const KEY_WRAP_ITERATIONS = 600_000;

export interface WrappedSecret {
	readonly salt: string;
	readonly iterations: number;
	/** `<iv>.<ciphertext>`, base64url: the 32-byte secret and its GCM tag. */
	readonly wrapped: string;
}

const AAD = utf8('motcua/device-secret/v1');

async function keyOf(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
	const base = await crypto.subtle.importKey(
		'raw',
		utf8(secret.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		base,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt', 'unwrapKey']
	);
}

async function wrapBytes(
	bytes: Uint8Array<ArrayBuffer>,
	secret: string,
	iterations: number
): Promise<WrappedSecret> {
	const salt = randomBytes(16);
	const iv = randomBytes(12);
	const key = await keyOf(secret, salt, iterations);
	const sealed = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: AAD },
		key,
		bytes
	);
	return { salt: toBase64(salt), iterations, wrapped: `${toBase64(iv)}.${toBase64(sealed)}` };
}

function partsOf(wrap: WrappedSecret) {
	const [iv, sealed] = wrap.wrapped.split('.');
	return { iv: fromBase64(iv ?? ''), sealed: fromBase64(sealed ?? '') };
}

/** A new device secret, wrapped by `secret`, and its working keys. */
export async function createDeviceSecret(
	secret: string,
	iterations = KEY_WRAP_ITERATIONS
): Promise<{ wrap: WrappedSecret; keys: DataKeys }> {
	const bytes = randomBytes(32);
	const wrap = await wrapBytes(bytes, secret, iterations);
	const keys = await dataKeysOf(await importSecret(bytes));
	bytes.fill(0);
	return { wrap, keys };
}

/**
 * The working keys behind a wrap, or null when `secret` is wrong (or the wrap was tampered
 * with: AES-GCM refuses both alike). The secret is unwrapped straight into a non-extractable
 * key; its bytes never reach script.
 */
export async function openWrap(wrap: WrappedSecret, secret: string): Promise<DataKeys | null> {
	const { iv, sealed } = partsOf(wrap);
	try {
		const key = await keyOf(secret, fromBase64(wrap.salt), wrap.iterations);
		const hkdf = await crypto.subtle.unwrapKey(
			'raw',
			sealed,
			key,
			{ name: 'AES-GCM', iv, additionalData: AAD },
			'HKDF',
			false,
			['deriveKey', 'deriveBits']
		);
		return await dataKeysOf(hkdf);
	} catch {
		return null;
	}
}

/**
 * The same device secret wrapped by `next` instead of `current` (a password change, or the PIN
 * of the day wrapped from the password), or null when `current` does not open `wrap`. The data
 * never needs re-encrypting: only this small wrap changes.
 */
export async function rewrap(
	wrap: WrappedSecret,
	current: string,
	next: string,
	iterations = KEY_WRAP_ITERATIONS
): Promise<WrappedSecret | null> {
	const { iv, sealed } = partsOf(wrap);
	let bytes: Uint8Array<ArrayBuffer>;
	try {
		const key = await keyOf(current, fromBase64(wrap.salt), wrap.iterations);
		bytes = new Uint8Array(
			await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: AAD }, key, sealed)
		);
	} catch {
		return null;
	}
	const fresh = await wrapBytes(bytes, next, iterations);
	bytes.fill(0);
	return fresh;
}
