import type { DossierState } from '$lib/domain/fold/state';
import type { PublicStatusDoc } from '$lib/domain/schemas/public-status';
import type { AdminUnit } from '$lib/domain/schemas/unit';

/**
 * The public status of a folded dossier (issue 16), or `null` when it has none (a dossier
 * received before public tokens existed). Only the public fields are taken: procedure, status,
 * appointment, whether a supplement is pending and where to come (the receiving unit's office
 * from the catalog, or the deciding authority when the device has no unit record). Nothing of
 * the applicant is ever read here.
 */
export function projectStatus(
	state: DossierState,
	unit: AdminUnit | undefined
): PublicStatusDoc | null {
	const d = state.dossier;
	if (d.public_token === undefined) return null;
	const last = state.history.at(-1);
	const updated = last !== undefined && last.at > d.received_at ? last.at : d.received_at;
	const place = unit?.code === d.receiving_unit ? unit : undefined;
	return {
		_id: d.public_token,
		type: 'status',
		commune: d.receiving_unit,
		code: d.code,
		procedure_code: d.procedure.code,
		procedure_name: d.procedure.name,
		status: state.status,
		appointment_at: state.appointment_at,
		supplement_needed: state.supplement_requested_at !== null,
		unit_name: place?.agency_name ?? state.current.competent_authority,
		...(place?.address === undefined ? {} : { unit_address: place.address }),
		updated_at: updated
	};
}

/** The fields a status document is compared by (its revision left out). */
export function sameStatus(a: PublicStatusDoc, b: PublicStatusDoc): boolean {
	return canonical(a) === canonical(b);
}

function canonical(doc: PublicStatusDoc): string {
	const fields = Object.entries(doc).filter(([key, v]) => key !== '_rev' && v !== undefined);
	return JSON.stringify(fields.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
