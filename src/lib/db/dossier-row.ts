import { isFinal } from '../domain/status';
import { searchTerms } from '../domain/search/search-terms';
import type { DossierState } from '../domain/fold/state';
import type { DossierRow } from './read-model';

/** The tracking-book line of a folded dossier (pure). */
export function toDossierRow(state: DossierState): DossierRow {
	const d = state.dossier;
	const applicant = state.current.applicant;
	const citizenId =
		applicant.kind === 'person'
			? (applicant.citizen_id ?? applicant.legacy_id)
			: applicant.tax_code;
	return {
		code: state.code,
		status: state.status,
		open: isFinal(state.status) ? 0 : 1,
		appointment_at: state.appointment_at,
		received_at: d.received_at,
		legal_receipt_date: d.legal_receipt_date,
		procedure_code: d.procedure.code,
		procedure_name: d.procedure.name,
		field_code: d.procedure.field.code,
		handler_id: state.handler?.id ?? '',
		applicant_name: applicant.name,
		applicant_address: applicant.address,
		applicant_phone: applicant.phone ?? '',
		channel: d.channel,
		book_year: d.book.year,
		book_volume: d.book.volume,
		book_entry: d.book.entry,
		ended_at: state.ended_at ?? '',
		returned_at: state.returned_at ?? '',
		timeliness: state.timeliness ?? '',
		supplement_pending: state.supplement_requested_at === null ? 0 : 1,
		flag_count: state.flags.length,
		terms: searchTerms({
			applicantName: applicant.name,
			code: state.code,
			citizenId,
			phone: applicant.phone,
			procedureName: d.procedure.name,
			procedureCode: d.procedure.code
		})
	};
}
