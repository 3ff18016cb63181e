import { domainError, type DomainError } from '$lib/domain/errors';
import { feeTableFor, type FeeTable } from '$lib/domain/catalog/fee-table';
import type { Procedure } from '$lib/domain/schemas/procedure';
import { labelKey } from '$lib/domain/validate/zod-errors';
import type { ParsedIntake } from './intake-input';

/**
 * Checks of the intake against the procedure and the receipt date, beyond the form's own shape.
 * `receiptDate` is the Vietnam date of the receipt.
 */
export function intakeChecks(
	input: ParsedIntake,
	procedure: Procedure,
	receiptDate: string,
	fees: FeeTable = feeTableFor(procedure, undefined)
): DomainError[] {
	const errors: DomainError[] = [];
	const label = (...path: string[]) => labelKey(path);
	// A dossier is received only when complete; otherwise Form 02 guides the citizen at the desk
	// and no clock runs (Decree 61/2018 Art 17(2)(a); 309/2026 Art 8). Documents the office can
	// take from a national database must not be asked for (Decree 118/2025 Art 4(2a), 309/2026).
	const given = new Set(input.documents_received.map((d) => d.doc_id));
	for (const doc of procedure.required_documents) {
		if (doc.optional || doc.replaceable_by_database || given.has(doc.id)) continue;
		errors.push(
			domainError(
				'error.required_document_missing',
				'documents_received',
				{ name: doc.name },
				label('documents_received')
			)
		);
	}
	if (procedure.fee_set_by === 'none' && input.fee.amount !== 0) {
		errors.push(
			domainError(
				'error.fee_waived',
				'fee.amount',
				{ procedure: procedure.name },
				label('fee', 'amount')
			)
		);
	}
	// A waiver is one of the law's exemptions of this procedure, and waives the whole fee.
	const exemption = input.fee.exemption;
	if (exemption !== undefined) {
		if (!fees.exemptions.some((f) => f.label === exemption)) {
			errors.push(
				domainError(
					'error.fee_exemption_unknown',
					'fee.exemption',
					{ value: exemption, procedure: procedure.name },
					label('fee', 'exemption')
				)
			);
		} else if (input.fee.amount !== 0) {
			errors.push(
				domainError('error.fee_exempt_amount', 'fee.amount', { exemption }, label('fee', 'amount'))
			);
		}
	}
	const applicant = input.applicant;
	if (
		applicant.kind === 'person' &&
		applicant.birth_date !== undefined &&
		applicant.birth_date > receiptDate
	) {
		errors.push(
			domainError(
				'error.birth_date_future',
				'applicant.birth_date',
				{},
				label('applicant', 'birth_date')
			)
		);
	}
	return errors;
}
