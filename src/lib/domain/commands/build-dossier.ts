import type { Appointment } from '$lib/domain/calendar';
import type { BookEntry } from '$lib/domain/codes/book';
import type { MintedCode } from '$lib/domain/codes/mint';
import type { IsoInstant } from '$lib/domain/schemas/common';
import {
	dossierId,
	type DossierDoc,
	type Officer,
	type ProcedureSnapshot
} from '$lib/domain/schemas/dossier';
import type { Procedure } from '$lib/domain/schemas/procedure';
import type { ParsedIntake } from './intake-input';

/** The procedure version as the dossier keeps it (DOMAIN.md 8.1). */
export function snapshotProcedure(p: Procedure): ProcedureSnapshot {
	return {
		code: p.code,
		name: p.name,
		field: { code: p.field.code, name: p.field.name },
		version: p.version,
		time_limit: { unit: p.time_limit.unit, value: p.time_limit.value },
		supplement_policy: p.supplement_policy,
		receipt_form: p.receipt_form
	};
}

export interface DossierParts {
	readonly input: ParsedIntake;
	readonly procedure: Procedure;
	readonly minted: MintedCode;
	readonly book: BookEntry;
	readonly appointment: Appointment;
	readonly receivedAt: IsoInstant;
	readonly receivingUnit: string;
	readonly officer: Officer;
	readonly deviceId: string;
	readonly hlc: string;
	readonly publicToken?: string | undefined;
}

/** The intake document from its checked parts (validated again by `DossierDoc` by the caller). */
export function buildDossier(p: DossierParts): DossierDoc {
	const { input } = p;
	return {
		_id: dossierId(p.minted.code),
		type: 'dossier',
		code: p.minted.code,
		code_parts: p.minted.parts,
		book: p.book,
		procedure: snapshotProcedure(p.procedure),
		applicant: compact(input.applicant),
		documents_received: input.documents_received,
		sets: input.sets,
		channel: input.channel,
		result_delivery: input.result_delivery,
		receiving_unit: p.receivingUnit,
		competent_authority: input.competent_authority ?? p.procedure.competent_authority,
		...(input.support_point === undefined ? {} : { support_point: input.support_point }),
		received_at: p.receivedAt,
		legal_receipt_date: p.appointment.legalReceiptDate,
		clock_start_date: p.appointment.clockStartDate,
		appointment_at: p.appointment.appointmentAt,
		fee: input.fee,
		officer: p.officer,
		device_id: p.deviceId,
		hlc: p.hlc,
		...(input.note === undefined ? {} : { note: input.note }),
		...(p.publicToken === undefined ? {} : { public_token: p.publicToken })
	};
}

/** The object without its `undefined` fields (a blank optional form field is absent, not empty). */
function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
