import { z } from 'zod';
import { vnDateOf } from '$lib/domain/calendar/vn-time';
import { HlcString } from '$lib/domain/clock/hlc';
import { BookEntry } from '$lib/domain/codes/book';
import { DossierCodeParts, yymmdd } from '$lib/domain/codes/code-parts';
import { formatDossierCode } from '$lib/domain/codes/registry';
import { ApplicantName } from '$lib/domain/validate/applicant-name';
import { CitizenIdNumber, LegacyIdNumber } from '$lib/domain/validate/citizen-id';
import { EmailAddress } from '$lib/domain/validate/email';
import { PhoneNumber } from '$lib/domain/validate/phone';
import { DeviceId, Dong, IsoInstant, LocalDate, Text, TimeLimit } from './common';
import { ProcedureCode, ProcedureField, ReceiptForm, SupplementPolicy } from './procedure';
import { PublicToken } from './public-status';
import { CommuneCode } from './unit';

/**
 * The dossier intake document `dossier:<code>`, written once when the desk receives a complete
 * dossier and never changed (DESIGN.md "Documents"): every later step is an event. Its fields are
 * those of the receipt and appointment slip (TT 01/2018 Form 01, TT 03/2025 Form 01) and of the
 * tracking book (Form 06/07), plus what DOMAIN.md section 8.2 asks for.
 */

/** A staff member as printed on the forms (receiving officer, handler, actor of an event). */
export const Officer = z.object({ id: z.string().trim().min(1).max(80), name: Text(120) });
export type Officer = z.infer<typeof Officer>;

/** Mã số thuế: 10 digits, a branch adds `-` and 3 digits (Law on Tax Administration 2019 Art 30). */
export const TaxCode = z.string().regex(/^\d{10}(-\d{3})?$/);

/** Stored form of a normalised phone number (`0` + 9 or 10 digits). */
const StoredPhone = PhoneNumber.shape.number;

export const PersonApplicant = z.object({
	kind: z.literal('person'),
	name: ApplicantName,
	/** Số định danh cá nhân, 12 digits. */
	citizen_id: CitizenIdNumber.optional(),
	/** An old 9-digit identity card (CMND) still shown on old papers (DOMAIN.md 6.1). */
	legacy_id: LegacyIdNumber.optional(),
	phone: StoredPhone.optional(),
	email: EmailAddress.optional(),
	address: Text(300),
	birth_date: LocalDate.optional()
});
export type PersonApplicant = z.infer<typeof PersonApplicant>;

export const OrganisationApplicant = z.object({
	kind: z.literal('organisation'),
	name: Text(200),
	representative: ApplicantName,
	tax_code: TaxCode.optional(),
	phone: StoredPhone.optional(),
	address: Text(300)
});
export type OrganisationApplicant = z.infer<typeof OrganisationApplicant>;

export const Applicant = z.discriminatedUnion('kind', [PersonApplicant, OrganisationApplicant]);
export type Applicant = z.infer<typeof Applicant>;

/** One line of "Thành phần hồ sơ nộp gồm" on Form 01: the paper and how many of each kind. */
export const DocumentReceived = z.object({
	/** The procedure's `required_documents[].id`, or an id of the officer's choosing for extras. */
	doc_id: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/),
	name: Text(300),
	originals: z.number().int().min(0).max(20),
	/** Bản sao: certified copies, or copies shown with their original. */
	copies: z.number().int().min(0).max(20),
	/**
	 * Bản chụp: photocopies or printouts, Form 01's third kind (DOMAIN.md 2.1). Absent on dossiers
	 * received before issue 18, read as 0.
	 */
	photocopies: z.number().int().min(0).max(20).optional()
});
export type DocumentReceived = z.infer<typeof DocumentReceived>;

/**
 * How the dossier came in. `mobile` is intake by an officer away from the office (a village), which
 * the national portal counts as direct.
 */
export const Channel = z.enum(['direct', 'online', 'post', 'mobile']);
export type Channel = z.infer<typeof Channel>;

/** National channel codes (DOMAIN.md section 0 fact 9): 1 direct, 2 online, 3 public postal service. */
export const NATIONAL_CHANNEL_CODE = {
	direct: 1,
	online: 2,
	post: 3,
	mobile: 1
} as const satisfies {
	[C in Channel]: 1 | 2 | 3;
};

export function nationalChannelCode(channel: Channel): 1 | 2 | 3 {
	return NATIONAL_CHANNEL_CODE[channel];
}

/** Where the citizen chose to receive the result (Form 01 item 6; Decree 61/2018 Art 20). */
export const ResultDelivery = z.enum(['desk', 'post', 'online']);
export type ResultDelivery = z.infer<typeof ResultDelivery>;

/** The procedure as it applied on the receipt date: a dossier keeps its version (DOMAIN.md 8.1). */
export const ProcedureSnapshot = z.object({
	code: ProcedureCode,
	name: Text(300),
	field: ProcedureField,
	version: z.number().int().min(1),
	time_limit: TimeLimit,
	supplement_policy: SupplementPolicy,
	receipt_form: ReceiptForm,
	/**
	 * The answer to the procedure's time-limit question that chose `time_limit` and
	 * `supplement_policy` (issue 18 point 4), printed on Form 01; absent: the ordinary limit.
	 */
	time_limit_case: z
		.object({ id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), label: Text(300), basis: Text(300) })
		.optional()
});
export type ProcedureSnapshot = z.infer<typeof ProcedureSnapshot>;

/** A fee the law waives for this dossier (Luật Hộ tịch 2014 Art 11), as printed on Form 01. */
export const FeeExemption = z.object({ label: Text(200), basis: Text(300).optional() });
export type FeeExemption = z.infer<typeof FeeExemption>;

/** Fee due on this dossier and whether it was paid at the desk when received. */
export const Fee = z.object({
	amount: Dong,
	paid: z.boolean(),
	/** The exemption ticked at intake (amount 0); absent on older dossiers and when none applies. */
	exemption: FeeExemption.optional()
});
export type Fee = z.infer<typeof Fee>;

export const DossierDoc = z
	.object({
		/** `dossier:<code>`; the code's date is the Vietnam date of `received_at`. */
		_id: z.string().startsWith('dossier:'),
		_rev: z.string().optional(),
		type: z.literal('dossier'),
		code: z.string().min(1).max(60),
		code_parts: DossierCodeParts,
		book: BookEntry,
		procedure: ProcedureSnapshot,
		applicant: Applicant,
		documents_received: z.array(DocumentReceived).min(1).max(50),
		/** Số lượng hồ sơ (bộ), Form 01 item 2. */
		sets: z.number().int().min(1).max(99),
		channel: Channel,
		result_delivery: ResultDelivery,
		/** Commune code of the centre that received it (DOMAIN.md fact 2: kept apart). */
		receiving_unit: CommuneCode,
		/** The authority that decides, e.g. "UBND xã Na Sơn". */
		competent_authority: Text(200),
		/** A support point (điểm hỗ trợ) that took the dossier for the centre, if any. */
		support_point: Text(200).optional(),
		/** The instant the desk received it, as the device claimed (Form 01 item 4). */
		received_at: IsoInstant,
		/** The Vietnam day it counts as received: the next working day for a day off. */
		legal_receipt_date: LocalDate,
		/** The day the time limit starts counting from (after the 15:00 cut-off rule). */
		clock_start_date: LocalDate,
		/** The appointment printed on Form 01 (item 5): the authoritative deadline (DOMAIN.md 3.4). */
		appointment_at: IsoInstant,
		fee: Fee,
		officer: Officer,
		device_id: DeviceId,
		hlc: HlcString,
		note: Text(1000).optional(),
		/**
		 * The random part of the dossier's public id (issue 16), drawn at intake and printed in the
		 * receipt's QR; absent on dossiers received before it existed (they have no public status).
		 */
		public_token: PublicToken.optional()
	})
	.superRefine((d, ctx) => {
		const issue = (path: string[], messageKey: string, params = {}) =>
			ctx.addIssue({
				code: 'custom',
				path,
				message: path.join('.'),
				params: { messageKey, ...params }
			});
		if (d._id !== `dossier:${d.code}`)
			issue(['_id'], 'error.doc_id', { expected: `dossier:${d.code}` });
		const rendered = formatDossierCode(d.code_parts);
		if (!rendered.ok || rendered.value !== d.code) issue(['code'], 'error.dossier_code');
		const receiptDate = vnDateOf(d.received_at);
		if (d.code_parts.date !== yymmdd(receiptDate)) {
			issue(['code_parts', 'date'], 'error.code_date_mismatch');
		}
		if (d.book.year !== Number(receiptDate.slice(0, 4))) {
			issue(['book', 'year'], 'error.book_year_mismatch');
		}
		if (d.appointment_at < d.received_at)
			issue(['appointment_at'], 'error.appointment_before_receipt');
	});
export type DossierDoc = z.infer<typeof DossierDoc>;

/** The id of a dossier's intake document. */
export function dossierId(code: string): string {
	return `dossier:${code}`;
}
