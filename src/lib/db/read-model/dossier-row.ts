import { isFinal } from '$lib/domain/status';
import { searchTerms } from '$lib/domain/search/search-terms';
import type { DossierState } from '$lib/domain/fold/state';
import { summarize } from '$lib/domain/reports/summary';
import type { DossierRow } from './tables';

/** The tracking-book line of a folded dossier (pure). */
export function toDossierRow(state: DossierState): DossierRow {
	const d = state.dossier;
	const applicant = state.current.applicant;
	const citizenId =
		applicant.kind === 'person'
			? (applicant.citizen_id ?? applicant.legacy_id)
			: applicant.tax_code;
	const summary = summarize(state);
	const terms = searchTerms({
		applicantName: applicant.name,
		code: state.code,
		citizenId,
		phone: applicant.phone,
		procedureName: d.procedure.name,
		procedureCode: d.procedure.code,
		// The QR's token: a scanned receipt finds its dossier in the book (issue 16).
		...(d.public_token === undefined ? {} : { extra: [d.public_token] })
	});
	return {
		...summary,
		open: isFinal(state.status) ? 0 : 1,
		sets: state.current.sets,
		competent_authority: state.current.competent_authority,
		transferred_at: state.transfers[0]?.at ?? '',
		resolved_at: state.resolved_at ?? '',
		note: state.current.note ?? '',
		handler_id: state.handler?.id ?? '',
		applicant_name: applicant.name,
		applicant_address: applicant.address,
		applicant_phone: applicant.phone ?? '',
		book_year: d.book.year,
		book_volume: d.book.volume,
		book_entry: d.book.entry,
		supplement_pending: state.supplement_requested_at === null ? 0 : 1,
		flag_count: state.flags.length,
		terms
	};
}
