/** Base64url without padding, for keys and ciphertexts stored as strings. */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let text = '';
	for (let i = 0; i < view.length; i += 0x8000)
		text += String.fromCharCode(...view.subarray(i, i + 0x8000));
	return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const plain = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const out = new Uint8Array(plain.length);
	for (let i = 0; i < plain.length; i++) out[i] = plain.charCodeAt(i);
	return out;
}

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

export const randomBytes = (n: number): Uint8Array<ArrayBuffer> =>
	crypto.getRandomValues(new Uint8Array(n));
