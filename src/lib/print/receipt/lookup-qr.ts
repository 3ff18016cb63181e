import type { DossierDoc } from '$lib/domain/schemas/dossier';
import { groupedToken, statusUrl } from '$lib/domain/status-lookup/public-id';

/**
 * What the receipt's QR encodes (issue 16): the public lookup page of the dossier,
 * `<app origin>/tra-cuu/<commune>-<token>`, when it has a public token; the bare dossier code for
 * a dossier received before tokens existed. The code itself stays printed as text.
 */
export function receiptQrText(d: DossierDoc, origin: string): string {
	if (d.public_token === undefined) return d.code;
	return statusUrl(origin, { commune: d.receiving_unit, token: d.public_token });
}

/** The lookup code as printed for typing, `99901-K7M2-Q9XP-A3BW-E4NR`; null without a token. */
export function printedLookupCode(d: DossierDoc): string | null {
	return d.public_token === undefined
		? null
		: `${d.receiving_unit}-${groupedToken(d.public_token)}`;
}
