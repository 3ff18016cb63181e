/**
 * The local unlock: a password check that works offline without storing the password. PBKDF2
 * (WebCrypto, SHA-256) with a random salt; 150,000 iterations take ~0.1–0.3 s on an old laptop,
 * slow enough to make guessing from a stolen disk costly, fast enough for an officer.
 */

export const PBKDF2_ITERATIONS = 150_000;

const hex = (bytes: ArrayBuffer | Uint8Array) =>
	[...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(text: string): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(text.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
	return out;
}

export async function derive(
	password: string,
	saltHex: string,
	iterations: number
): Promise<string> {
	const key = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(password),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: fromHex(saltHex), iterations },
		key,
		256
	);
	return hex(bits);
}

export async function makeVerifier(
	password: string
): Promise<{ salt: string; iterations: number; verifier: string }> {
	const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
	return {
		salt,
		iterations: PBKDF2_ITERATIONS,
		verifier: await derive(password, salt, PBKDF2_ITERATIONS)
	};
}

/** Constant-time comparison of two hex strings of equal length. */
export function sameHex(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
	return diff === 0;
}
