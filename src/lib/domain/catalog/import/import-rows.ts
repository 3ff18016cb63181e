import type { Procedure, ProcedureField } from '$lib/domain/schemas/procedure';
import { translate } from '$lib/i18n';
import { cellText, codeText } from './cell-text';
import { mapHeader, type HeaderMap, type ImportColumn } from './columns';
import { fieldOf } from './field-of';
import type { ImportContext } from './import-context';
import { importRow } from './import-row';

/** A row the import refused, with its reasons in Vietnamese. */
export interface ImportProblem {
	/** 1-based spreadsheet row; 0 for the file as a whole. */
	readonly row: number;
	readonly code?: string;
	readonly message: string;
}

export interface ImportOutcome {
	readonly procedures: readonly Procedure[];
	readonly problems: readonly ImportProblem[];
	/** The header row found (1-based) and its mapping; absent when none was found. */
	readonly header?: { readonly row: number; readonly map: HeaderMap };
	/** Rows read as section titles ("I. LĨNH VỰC HỘ TỊCH"). */
	readonly sections: number;
}

/** National exports put a title above the header: look for it in the first rows. */
const HEADER_SEARCH_ROWS = 15;

function findHeader(rows: readonly (readonly unknown[])[]) {
	for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i += 1) {
		const map = mapHeader((rows[i] ?? []).map(cellText));
		if (map.missing.length === 0) return { index: i, map };
	}
	return undefined;
}

/**
 * Turns the rows of a spreadsheet (cells as the reader gives them) into catalog procedures.
 * Each row is taken whole or refused whole, with its row number and the reasons: a bad row never
 * stops the others and never half-fills an entry. Blank rows are skipped; a row with only one
 * filled cell that is not a code is a section title whose field applies to the rows below it when the
 * list has no "Lĩnh vực" column. A code met twice keeps its first row.
 */
export function importProcedureRows(
	rows: readonly (readonly unknown[])[],
	ctx: ImportContext
): ImportOutcome {
	const header = findHeader(rows);
	if (!header) {
		const message = translate('error.import_no_header', {
			columns: translate('catalogImport.requiredColumns')
		});
		return { procedures: [], problems: [{ row: 0, message }], sections: 0 };
	}
	const { index } = header.map;
	const procedures: Procedure[] = [];
	const problems: ImportProblem[] = [];
	const seen = new Map<string, number>();
	let sectionField: ProcedureField | undefined;
	let sections = 0;
	for (let i = header.index + 1; i < rows.length; i += 1) {
		const cells = rows[i] ?? [];
		const row = i + 1;
		const filled = cells.map(cellText).filter((c) => c !== '');
		if (filled.length === 0) continue;
		const picked: Partial<Record<ImportColumn, unknown>> = {};
		for (const [column, at] of Object.entries(index) as [ImportColumn, number][]) {
			picked[column] = cells[at];
		}
		const code = codeText(picked.code);
		// A title may sit in any column, the code column too: it is a section when it is the only
		// filled cell and does not start like a procedure code.
		if (filled.length === 1 && !/^\d\.\d/.test(code)) {
			sectionField = fieldOf(filled[0] as string);
			sections += 1;
			continue;
		}
		const first = seen.get(code);
		if (code !== '' && first !== undefined) {
			problems.push({ row, code, message: translate('error.import_duplicate', { row: first }) });
			continue;
		}
		const result = importRow({ cells: picked, row, sectionField }, ctx);
		if (!result.ok) {
			problems.push({ row, code, message: result.errors.map((e) => e.message).join(' ') });
			continue;
		}
		seen.set(code, row);
		procedures.push(result.value);
	}
	return { procedures, problems, header: { row: header.index + 1, map: header.map }, sections };
}
