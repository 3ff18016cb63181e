import { PublicStatusDoc } from '$lib/domain/schemas/public-status';
import type { PublicId } from '$lib/domain/status-lookup/public-id';

/**
 * A citizen's status lookup (issue 16): `GET <origin>/status/<commune>/<token>`, the one public
 * path of the upstream (the embedded server, or the reverse proxy in front of CouchDB), with no
 * credentials and no cookies. Whatever comes back is parsed: only the public fields are kept, and
 * anything else is "could not read", never a crash.
 */

export type StatusLookup =
	| { readonly kind: 'found'; readonly status: PublicStatusDoc }
	| { readonly kind: 'not_found' }
	| { readonly kind: 'offline' }
	| { readonly kind: 'unavailable'; readonly httpStatus: number | null }
	| { readonly kind: 'bad_data' };

export function statusPath(id: PublicId): string {
	return `/status/${id.commune}/${id.token}`;
}

export async function lookUpStatus(
	fetcher: typeof fetch,
	origin: string,
	id: PublicId,
	online: boolean
): Promise<StatusLookup> {
	if (!online) return { kind: 'offline' };
	let res: Response;
	try {
		res = await fetcher(`${origin}${statusPath(id)}`, {
			credentials: 'omit',
			cache: 'no-store',
			headers: { Accept: 'application/json' }
		});
	} catch {
		return { kind: 'offline' };
	}
	if (res.status === 404) return { kind: 'not_found' };
	if (res.status !== 200) return { kind: 'unavailable', httpStatus: res.status };
	let body: unknown;
	try {
		body = await res.json();
	} catch {
		return { kind: 'bad_data' };
	}
	const parsed = PublicStatusDoc.safeParse(body);
	if (!parsed.success || parsed.data._id !== id.token || parsed.data.commune !== id.commune) {
		return { kind: 'bad_data' };
	}
	return { kind: 'found', status: parsed.data };
}
