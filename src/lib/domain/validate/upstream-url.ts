import { domainError, fail, ok, type Result } from '$lib/domain/errors';

/** Hosts a browser treats as a secure context even over plain http (the embedded server on a
 * laptop, a test on loopback). */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * The upstream CouchDB a device syncs with, as an officer types it at enrolment (issue 14: a
 * commune may use a province's CouchDB without hosting the app there). Blank means the app's
 * own origin under `/couchdb` (the embedded server, or a reverse proxy in front of CouchDB),
 * returned as `null`. Otherwise an absolute http(s) address of the CouchDB root, with no user
 * name or password in it (those are typed into the login form and never stored), no query or
 * fragment; trailing slashes are dropped. An app served over https cannot call a plain-http
 * server (the browser blocks mixed content), so that is refused here with the reason rather
 * than failing later as "offline".
 */
export function parseUpstreamUrl(
	input: unknown,
	appOrigin: string,
	field = 'upstream_url'
): Result<string | null> {
	if (input === undefined || input === null) return ok(null);
	if (typeof input !== 'string') return fail(domainError('error.invalid', field));
	const text = input.trim();
	if (text === '') return ok(null);
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return fail(domainError('error.upstream_url.invalid', field));
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return fail(domainError('error.upstream_url.invalid', field));
	if (url.username || url.password)
		return fail(domainError('error.upstream_url.credentials', field));
	if (url.search || url.hash) return fail(domainError('error.upstream_url.invalid', field));
	const appSecure = appOrigin.startsWith('https:');
	if (appSecure && url.protocol === 'http:' && !LOOPBACK.test(url.hostname))
		return fail(domainError('error.upstream_url.insecure', field));
	return ok(url.origin + url.pathname.replace(/\/+$/, ''));
}
