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
import type { AppliedTimeLimit } from '$lib/domain/catalog/time-limit-case';
import type { Fee } from '$lib/domain/schemas/dossier';
import type { FeeLine, Procedure } from '$lib/domain/schemas/procedure';
import type { ParsedIntake } from './intake-input';

/**
 * The procedure version as the dossier keeps it (DOMAIN.md 8.1), with the time limit and
 * supplement policy of the case the intake picked (`applied`; none: the procedure's own).
 */
export function snapshotProcedure(p: Procedure, applied?: AppliedTimeLimit): ProcedureSnapshot {
	const limit = applied?.time_limit ?? p.time_limit;
	return {
		code: p.code,
		name: p.name,
		field: { code: p.field.code, name: p.field.name },
		version: p.version,
		time_limit: { unit: limit.unit, value: limit.value },
		supplement_policy: applied?.supplement_policy ?? p.supplement_policy,
		receipt_form: p.receipt_form,
		...(applied?.case === undefined ? {} : { time_limit_case: { ...applied.case } })
	};
}

export interface DossierParts {
	readonly input: ParsedIntake;
	readonly procedure: Procedure;
	/** The time-limit case of the intake; absent: the procedure's ordinary limit. */
	readonly applied?: AppliedTimeLimit;
	/** The exempt fee line ticked at intake, if any. */
	readonly exemption?: FeeLine | undefined;
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
		procedure: snapshotProcedure(p.procedure, p.applied),
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
		fee: feeOf(input.fee, p.exemption),
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

/** The stored fee: the exemption with its legal basis when one was ticked (checked before). */
function feeOf(fee: ParsedIntake['fee'], exemption: FeeLine | undefined): Fee {
	const base = { amount: fee.amount, paid: fee.paid };
	if (exemption === undefined) return base;
	const basis = exemption.basis === undefined ? {} : { basis: exemption.basis };
	return { ...base, exemption: { label: exemption.label, ...basis } };
}
