import { domainError, fail, type Result } from '$lib/domain/errors';
import {
	parseProcedure,
	type Procedure,
	type ProcedureFact,
	type ProcedureField
} from '$lib/domain/schemas/procedure';
import { searchTokens } from '$lib/domain/search/fold-text';
import { translate } from '$lib/i18n';
import { codeText, cellText, nationalCode } from './cell-text';
import type { ImportColumn } from './columns';
import { parseDocumentsText } from './documents-text';
import { parseFeeText } from './fee-text';
import { fieldOf } from './field-of';
import type { ImportContext } from './import-context';
import { parseTimeLimitText } from './time-limit-text';

/** One data row: the cells of the recognised columns, and the field of the section it sits in. */
export interface ImportRow {
	readonly cells: Partial<Record<ImportColumn, unknown>>;
	/** 1-based, as the spreadsheet shows it. */
	readonly row: number;
	readonly sectionField?: ProcedureField;
}

/** Splits a "Căn cứ pháp lý" cell into the schema's items (each ≤ 300 characters, ≤ 30). */
function legalItems(text: string): string[] {
	return text
		.split(/\n|;/)
		.map((s) => s.replace(/^\s*[-+•*]+\s*/u, '').trim())
		.filter((s) => s !== '')
		.map((s) => (s.length > 300 ? `${s.slice(0, 299)}…` : s))
		.slice(0, 29);
}

/**
 * One row of a province's list as a catalog procedure, or why it cannot be one. Required: a
 * procedure code, a name, a readable time limit, the publishing decision (its cell or the file's
 * `--decision`), and, when the list has "Cấp thực hiện", the commune level. What the row leaves
 * out stays out: fees `unknown`, no documents, and the entry marked `verify` with the facts
 * missing, which the catalog page shows as "chưa có".
 */
export function importRow(input: ImportRow, ctx: ImportContext): Result<Procedure> {
	const text = (c: ImportColumn) => cellText(input.cells[c]);
	const code = nationalCode(codeText(input.cells.code));
	const name = text('name');
	const level = text('level');
	if (level !== '' && !searchTokens(level).includes('xa')) {
		return fail(domainError('error.import_not_commune', 'level', { level }));
	}
	const limitText = text('time_limit');
	const timeLimit = parseTimeLimitText(limitText);
	if (timeLimit === undefined) {
		return fail(domainError('error.import_time_limit', 'time_limit', { text: limitText || '—' }));
	}
	const decision = text('decision') || ctx.decision?.trim() || '';
	if (decision === '') return fail(domainError('error.import_decision', 'source.decision'));

	const unverified: ProcedureFact[] = [];
	const feeText = text('fees');
	const fee = parseFeeText(feeText);
	if (fee.kind === 'unknown' || fee.kind === 'text') unverified.push('fees');
	const documents = parseDocumentsText(text('documents'), text('replaceable'));
	if (documents.length === 0) unverified.push('documents');
	const legal = legalItems(text('legal_basis'));
	if (legal.length === 0) unverified.push('legal_basis');
	const authority = text('authority');
	if (authority === '') unverified.push('competent_authority');
	const field = text('field') !== '' ? fieldOf(text('field')) : (input.sectionField ?? fieldOf(''));

	const fees =
		fee.kind === 'amounts' && ctx.province !== undefined
			? {
					fee_set_by: 'province' as const,
					fees: [],
					province_fees: { [ctx.province]: { fees: fee.fees, basis: decision.slice(0, 300) } }
				}
			: fee.kind === 'amounts'
				? { fee_set_by: 'unknown' as const, fees: fee.fees }
				: { fee_set_by: fee.kind === 'none' ? ('none' as const) : ('unknown' as const), fees: [] };
	const url = text('source_url') || ctx.url;
	const where =
		ctx.file !== undefined
			? translate('catalogImport.where', { file: ctx.file, row: input.row })
			: translate('catalogImport.whereUrl', { url: url ?? '—' });

	const doc = {
		_id: `procedure:${code}`,
		type: 'procedure',
		code,
		name,
		field,
		level: 'commune',
		time_limit: timeLimit,
		time_limit_note: limitText.slice(0, 1000),
		supplement_policy: 'restart',
		...fees,
		...(feeText !== '' ? { fee_note: feeText.slice(0, 1000) } : {}),
		required_documents: documents,
		legal_basis: [...legal, decision.slice(0, 300)],
		// Residence procedures are the commune police's, with their own receipt CT04 (DOMAIN.md 1.3).
		receipt_form: field.code === 'cu_tru' ? 'CT04' : 'TT03-01',
		competent_authority: (authority || translate('catalogImport.defaultAuthority')).slice(0, 200),
		version: 1,
		effective_from: ctx.effectiveFrom,
		confidence: {
			level: unverified.length > 0 ? 'verify' : 'sourced',
			unverified,
			note: translate('catalogImport.confidenceNote', { decision, where }).slice(0, 1000)
		},
		source: {
			decision: decision.slice(0, 300),
			...(url ? { url } : {}),
			...(ctx.province !== undefined ? { province: ctx.province } : {}),
			...(ctx.file !== undefined ? { file: ctx.file.slice(0, 200), row: input.row } : {})
		}
	};
	return parseProcedure(doc);
}
