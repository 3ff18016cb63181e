import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProcedureCatalog, parseUnitCatalog } from '$lib/domain/catalog/parse-catalog';
import { parseProcedure } from '$lib/domain/schemas/procedure';
import { parseAdminUnit } from '$lib/domain/schemas/unit';
import { procedureInput } from '../../../builders/procedure';
import { unitInput } from '../../../builders/unit';
import { expectOk } from '../../../builders/result';
import { expectFailure } from '../validate/expect-failure';

const fieldsOf = (r: ReturnType<typeof parseProcedure>) =>
	expectFailure(r).map((e) => [e.field, e.code]);

describe('parseProcedure', () => {
	it('accepts the builder default and defaults the supplement policy to restart', () => {
		const input = procedureInput();
		delete input.supplement_policy;
		const r = parseProcedure(input);
		expectOk(r);
		expect(r.value.supplement_policy).toBe('restart');
	});

	it.each([null, undefined, 42, 'procedure', [], true, () => 1, Symbol('x'), 10n])(
		'refuses %s as a whole document in Vietnamese',
		(input) => {
			const errors = expectFailure(parseProcedure(input));
			expect(errors[0]?.message).toMatch(/^Tài liệu: /);
		}
	);

	it('treats a Map like an empty object', () => {
		expect(expectFailure(parseProcedure(new Map())).map((e) => e.field)).toContain('_id');
	});

	it('names every missing field of an empty object', () => {
		const errors = expectFailure(parseProcedure({}));
		const fields = errors.map((e) => e.field);
		expect(fields).toEqual(
			expect.arrayContaining(['_id', 'code', 'name', 'time_limit', 'version'])
		);
		expect(errors.find((e) => e.field === 'name')?.message).toBe('Tên: không được để trống.');
		expect(errors.find((e) => e.field === 'required_documents')?.message).toBe(
			'Thành phần hồ sơ: không được để trống.'
		);
	});

	it.each([
		[{ code: '1001193', _id: 'procedure:1001193' }, 'code', 'procedure_code'],
		[{ code: '1.001193.h14', _id: 'procedure:1.001193.h14' }, 'code', 'procedure_code'],
		[{ _id: 'procedure:1.000894' }, '_id', 'doc_id'],
		[{ type: 'dossier' }, 'type', 'not_one_of'],
		[{ name: '   ' }, 'name', 'required'],
		[{ name: 'x'.repeat(301) }, 'name', 'too_long'],
		[{ name: 12 }, 'name', 'not_text'],
		[{ level: 'province' }, 'level', 'not_one_of'],
		[{ time_limit: { unit: 'same_day', value: 3 } }, 'time_limit.value', 'same_day_value'],
		[{ time_limit: { unit: 'working_days', value: 0 } }, 'time_limit.value', 'positive'],
		[{ time_limit: { unit: 'weeks', value: 1 } }, 'time_limit.unit', 'not_one_of'],
		[{ time_limit: { unit: 'days', value: 2.5 } }, 'time_limit.value', 'not_an_integer'],
		[
			{ time_limit_extension: { unit: 'same_day', value: 1, reason: 'x' } },
			'time_limit_extension.unit',
			'not_one_of'
		],
		[{ supplement_policy: 'forget' }, 'supplement_policy', 'not_one_of'],
		[{ fees: [{ label: 'Lệ phí', amount: -1, per: 'case' }] }, 'fees.0.amount', 'too_small'],
		[{ fees: [{ label: 'Lệ phí', amount: 1.5, per: 'case' }] }, 'fees.0.amount', 'not_an_integer'],
		[{ fees: [{ label: 'Lệ phí', amount: '2000', per: 'case' }] }, 'fees.0.amount', 'not_a_number'],
		[
			{ fees: [{ label: 'Lệ phí', amount: 1, per: 'case', pages: { from: 1 } }] },
			'fees.0.per',
			'fee_pages_need_page'
		],
		[
			{ fees: [{ label: 'Lệ phí', amount: 1, per: 'page', pages: { from: 3, to: 2 } }] },
			'fees.0.pages.to',
			'range_order'
		],
		[
			{ fee_set_by: 'none', fees: [{ label: 'Lệ phí', amount: 5, per: 'case' }] },
			'fees.0.amount',
			'fee_not_free'
		],
		[{ required_documents: 'Tờ khai' }, 'required_documents', 'invalid'],
		[{ source: { decision: 'QĐ 1', url: 'ftp://x' } }, 'source.url', 'invalid_format'],
		[
			{
				required_documents: [
					{
						id: 'to_khai',
						name: 'Tờ khai',
						originals: 1,
						copies: 0,
						replaceable_by_database: false
					},
					{
						id: 'to_khai',
						name: 'Tờ khai 2',
						originals: 1,
						copies: 0,
						replaceable_by_database: false
					}
				]
			},
			'required_documents.1.id',
			'duplicate'
		],
		[
			{ required_documents: [{ id: 'Tờ khai', name: 'Tờ khai', originals: 1, copies: 0 }] },
			'required_documents.0.id',
			'invalid_format'
		],
		[
			{ required_documents: [{ id: 'to_khai', name: 'Tờ khai', originals: 1, copies: 0 }] },
			'required_documents.0.replaceable_by_database',
			'required'
		],
		[{ legal_basis: [] }, 'legal_basis', 'required'],
		[{ legal_basis: [''] }, 'legal_basis.0', 'required'],
		[{ receipt_form: 'CT01' }, 'receipt_form', 'not_one_of'],
		[{ result_code: 'kq-1' }, 'result_code', 'invalid_format'],
		[{ version: 0 }, 'version', 'too_small'],
		[{ effective_from: '2025-02-30' }, 'effective_from', 'not_a_date'],
		[{ effective_to: '2025-07-01' }, 'effective_to', 'date_after'],
		[
			{ confidence: { level: 'verify', unverified: [], note: 'x' } },
			'confidence.level',
			'confidence_level'
		],
		[
			{ confidence: { level: 'sourced', unverified: ['fees'], note: 'x' } },
			'confidence.level',
			'confidence_level'
		],
		[
			{ confidence: { level: 'verify', unverified: ['price'], note: 'x' } },
			'confidence.unverified.0',
			'not_one_of'
		],
		[{ field: { code: 'Hộ tịch', name: 'Hộ tịch' } }, 'field.code', 'invalid_format']
	])('refuses %j at %s (%s)', (override, field, code) => {
		expect(fieldsOf(parseProcedure(procedureInput(override)))).toContainEqual([field, code]);
	});

	it('accepts an imported entry the source left without documents, fees or English name (issue 18.7)', () => {
		const r = parseProcedure(
			procedureInput({
				name_en: undefined,
				required_documents: [],
				fee_set_by: 'unknown',
				fees: [],
				source: { decision: 'Quyết định số 1/QĐ-UBND', province: '11', file: 'a.xlsx', row: 2 }
			})
		);
		expect(r.ok).toBe(true);
	});

	it('labels nested fields precisely', () => {
		const r = parseProcedure(procedureInput({ time_limit: { unit: 'same_day', value: 3 } }));
		expect(expectFailure(r)[0]?.message).toBe(
			'Số ngày, giờ của thời hạn giải quyết: thủ tục giải quyết trong ngày phải ghi số 0.'
		);
		const fee = parseProcedure(
			procedureInput({ fees: [{ label: 'Lệ phí', amount: -1, per: 'case' }] })
		);
		expect(expectFailure(fee)[0]?.message).toBe('Mức thu: không được nhỏ hơn 0.');
	});

	it('never throws and always explains itself in Vietnamese on random input', () => {
		fc.assert(
			fc.property(fc.anything(), (input) => {
				const r = parseProcedure(input);
				if (!r.ok) expectFailure(r);
			})
		);
	});

	it('never throws on random changes of a valid document', () => {
		const keys = Object.keys(procedureInput());
		fc.assert(
			fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
				const r = parseProcedure(procedureInput({ [key]: value }));
				if (!r.ok) expectFailure(r);
			})
		);
	});
});

describe('parseAdminUnit', () => {
	it('accepts the builder default', () => {
		expect(parseAdminUnit(unitInput()).ok).toBe(true);
	});

	it.each([
		'000.17.22.H56',
		'H56',
		'000.00.00.A01',
		'01.H14',
		'ABC.12.Y99',
		`${'0.'.repeat(16)}H56`
	])('accepts agency code %s', (agency_code) => {
		expect(parseAdminUnit(unitInput({ agency_code })).ok).toBe(true);
	});

	it.each([
		'H56.22.17',
		'000.17.22.h56',
		'000.17.22.Z56',
		'000..22.H56',
		'.000.17.22.H56',
		'000-17-22-H56',
		`${'0.'.repeat(17)}H56`,
		''
	])('refuses agency code %j naming the field', (agency_code) => {
		const errors = expectFailure(parseAdminUnit(unitInput({ agency_code })));
		expect(errors[0]?.field).toBe('agency_code');
		expect(errors[0]?.message).toMatch(/^Mã định danh cơ quan: /);
	});

	it.each([
		[{ code: '1234', _id: 'unit:1234' }, 'code'],
		[{ _id: 'unit:99902' }, '_id'],
		[{ kind: 'huyen' }, 'kind'],
		[{ province_code: '27' }, 'province_code'],
		[{ province_code: 11 }, 'province_code'],
		[{ valid_to: '2025-01-01' }, 'valid_to'],
		[{ predecessors: ['123'] }, 'predecessors.0'],
		[{ agency_name: '' }, 'agency_name'],
		[{ type: 'procedure' }, 'type']
	])('refuses %j at %s', (override, field) => {
		const errors = expectFailure(parseAdminUnit(unitInput(override)));
		expect(errors.map((e) => e.field)).toContain(field);
	});

	it('never throws on random input', () => {
		fc.assert(
			fc.property(fc.anything(), (input) => {
				const r = parseAdminUnit(input);
				if (!r.ok) expectFailure(r);
			})
		);
	});
});

describe('catalog payloads', () => {
	it('refuses a payload that is not an array', () => {
		expectFailure(parseProcedureCatalog({ procedures: [] }));
		expectFailure(parseUnitCatalog('units'));
	});

	it('reports the index path of a bad entry and duplicate ids', () => {
		const bad = expectFailure(
			parseProcedureCatalog([procedureInput(), procedureInput({ code: '1.000656', version: -1 })])
		);
		expect(bad.map((e) => e.field)).toContain('1.version');
		const dup = expectFailure(parseUnitCatalog([unitInput(), unitInput()]));
		expect(dup[0]).toMatchObject({ field: '1._id', code: 'duplicate' });
		expect(dup[0]?.message).toBe('Mã tài liệu: giá trị "unit:99901" bị trùng.');
	});
});
