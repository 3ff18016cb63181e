import type { DossierDoc } from '$lib/domain/schemas/dossier';
import { STATUS } from '$lib/domain/status';
import type { DossierState } from './state';

/**
 * The state right after intake. The intake document is the receipt itself (status 2, "Được tiếp
 * nhận"): MotCua has no separate `received` event, so a dossier can never be received twice.
 */
export function initialState(dossier: DossierDoc): DossierState {
	return {
		code: dossier.code,
		dossier,
		current: {
			applicant: dossier.applicant,
			sets: dossier.sets,
			result_delivery: dossier.result_delivery,
			competent_authority: dossier.competent_authority,
			...(dossier.support_point === undefined ? {} : { support_point: dossier.support_point }),
			...(dossier.note === undefined ? {} : { note: dossier.note })
		},
		status: STATUS.accepted,
		appointment_at: dossier.appointment_at,
		original_appointment_at: dossier.appointment_at,
		due_at: dossier.appointment_at,
		handler: null,
		transfers: [],
		resolved_at: null,
		outcome: null,
		result_doc_no: null,
		returned_at: null,
		return_method: null,
		ended_at: null,
		refusal: null,
		withdrawal: null,
		supplement_count: 0,
		supplement_requested_at: null,
		supplement_wait_ms: 0,
		unadjusted_wait_ms: 0,
		supplement_paused_days: 0,
		extension_count: 0,
		apology: null,
		corrections: [],
		fee: {
			amount: dossier.fee.amount,
			paid_amount: dossier.fee.paid ? dossier.fee.amount : 0,
			paid: dossier.fee.paid || dossier.fee.amount === 0
		},
		evaluation: null,
		timeliness: null,
		history: [],
		last_hlc: dossier.hlc,
		flags: []
	};
}
