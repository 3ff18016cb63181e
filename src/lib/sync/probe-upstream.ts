/**
 * Asks an address typed at enrolment whether it is a CouchDB before the device starts to use
 * it. Apache CouchDB's root answers `{"couchdb":"Welcome",…}`, the embedded express-pouchdb
 * `{"express-pouchdb":"Welcome!",…}`; either is a CouchDB-compatible upstream. With
 * `[chttpd] require_valid_user = true` the root needs credentials, so the probe sends the
 * officer's, as every later request does. A CORS refusal and no network look the same to a page
 * (a TypeError): both are "unreachable", and the message says which to check.
 */
export type UpstreamProbe = 'couchdb' | 'not_couchdb' | 'unreachable';

export function basicAuth(name: string, password: string): string {
	const bytes = new TextEncoder().encode(`${name}:${password}`);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return `Basic ${btoa(binary)}`;
}

export async function probeUpstream(
	base: string,
	credentials: { name: string; password: string },
	fetchFn: typeof fetch = fetch
): Promise<UpstreamProbe> {
	let response: Response;
	try {
		response = await fetchFn(`${base}/`, {
			headers: {
				Accept: 'application/json',
				Authorization: basicAuth(credentials.name, credentials.password)
			}
		});
	} catch {
		return 'unreachable';
	}
	// Wrong credentials on a CouchDB that requires them: it is a CouchDB; the login says the rest.
	if (response.status === 401) return 'couchdb';
	try {
		const body = (await response.json()) as Record<string, unknown>;
		const welcome = typeof body.couchdb === 'string' || typeof body['express-pouchdb'] === 'string';
		return response.ok && welcome ? 'couchdb' : 'not_couchdb';
	} catch {
		return 'not_couchdb';
	}
}
