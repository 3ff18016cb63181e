import { Procedure, type FeeLine, type RequiredDocument } from '$lib/domain/schemas/procedure';

/** The raw (pre-parse) shape of a procedure document, for tests that break one field. */
export type ProcedureInput = Record<string, unknown>;

/** A schema-valid commune procedure: birth registration, same day, with Vietnamese defaults. */
export function procedureInput(overrides: ProcedureInput = {}): ProcedureInput {
	const code = typeof overrides.code === 'string' ? overrides.code : '1.001193';
	return {
		_id: `procedure:${code}`,
		type: 'procedure',
		code,
		name: 'Đăng ký khai sinh',
		name_en: 'Birth registration',
		field: { code: 'ho_tich', name: 'Hộ tịch' },
		level: 'commune',
		time_limit: { unit: 'same_day', value: 0 },
		supplement_policy: 'restart',
		fee_set_by: 'province',
		fees: [buildFeeLine()],
		required_documents: [buildRequiredDocument()],
		legal_basis: ['Luật Hộ tịch số 60/2014/QH13'],
		receipt_form: 'TT03-01',
		competent_authority: 'UBND xã',
		version: 1,
		effective_from: '2025-07-01',
		confidence: { level: 'sourced', unverified: [], note: 'Dữ liệu thử.' },
		...overrides
	};
}

export function buildProcedure(overrides: ProcedureInput = {}): Procedure {
	return Procedure.parse(procedureInput(overrides));
}

export function buildFeeLine(overrides: Partial<FeeLine> = {}): FeeLine {
	return { label: 'Lệ phí', amount: 0, per: 'case', ...overrides };
}

export function buildRequiredDocument(overrides: Partial<RequiredDocument> = {}): RequiredDocument {
	return {
		id: 'to_khai',
		name: 'Tờ khai',
		originals: 1,
		copies: 0,
		replaceable_by_database: false,
		...overrides
	};
}
