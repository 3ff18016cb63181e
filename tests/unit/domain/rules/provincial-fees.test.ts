import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../../builders/result';
import { intakeContext, intakeForm } from '../../../builders/dossier';
import { buildUnit } from '../../../builders/unit';
import { defaultFeeAmount, feeTableFor } from '$lib/domain/catalog/fee-table';
import { parseProcedureCatalog } from '$lib/domain/catalog/parse-catalog';
import { intakeDossier } from '$lib/domain/commands';
import type { DomainError, Result } from '$lib/domain/errors';
import { parseProcedure, type Procedure } from '$lib/domain/schemas/procedure';
import proceduresJson from '$lib/seed/procedures.json';

/** Issue 18 point 3: fees the law delegates to the province are data per province. */

function value<T>(r: Result<T>): T {
	expectOk(r);
	return r.value;
}
function errorsOf<T>(r: Result<T>): readonly DomainError[] {
	expectFailure(r);
	return r.errors;
}

const seed = value(parseProcedureCatalog(proceduresJson));
const birth = seed.find((p) => p.code === '1.001193') as Procedure;

/** The birth procedure as upstream edits it for Điện Biên (11): a late-registration fee. */
const withDienBien: Procedure = value(
	parseProcedure({
		...birth,
		province_fees: {
			'11': {
				basis: 'Nghị quyết của HĐND tỉnh Điện Biên (mức thử nghiệm)',
				fees: [{ label: 'Đăng ký khai sinh quá hạn', amount: 5_000, per: 'case' }]
			}
		}
	})
);

function take(p: Procedure, fee: Record<string, unknown>, province = '11') {
	const documents_received = p.required_documents
		.filter((d) => !d.optional && !d.replaceable_by_database)
		.map((d) => ({ doc_id: d.id, name: d.name, originals: 1, copies: 0 }));
	return intakeDossier(intakeForm({ procedure_code: p.code, documents_received, fee }), {
		...intakeContext({ procedures: [p] }),
		unit: { ...buildUnit(), province_code: province }
	});
}

describe('fees by province (TT 85/2019/TT-BTC; DOMAIN.md decision "fees are provincial")', () => {
	it('TT 85/2019/TT-BTC: the seed carries no amount for birth registration; a province without a table leaves the amount to the officer', () => {
		const table = feeTableFor(birth, '11');
		expect(table.lines).toEqual([]);
		expect(table.province_table_missing).toBe(true);
		expect(defaultFeeAmount(table)).toBe(0);
	});

	it("TT 85/2019/TT-BTC: upstream's table for province 11 applies to its communes (5,000 đ prefilled) and not to province 01's", () => {
		const dienBien = feeTableFor(withDienBien, '11');
		expect(dienBien.lines.map((f) => [f.label, f.amount])).toEqual([
			['Đăng ký khai sinh quá hạn', 5_000]
		]);
		expect(dienBien.basis).toBe('Nghị quyết của HĐND tỉnh Điện Biên (mức thử nghiệm)');
		expect(defaultFeeAmount(dienBien)).toBe(5_000);
		expect(feeTableFor(withDienBien, '01').province_table_missing).toBe(true);
	});

	it("Luật Hộ tịch 2014 Art 11: the law's waivers hold in every province, beside the province's own lines", () => {
		const labels = feeTableFor(withDienBien, '11').exemptions.map((f) => f.label);
		expect(labels).toEqual([
			'Đăng ký khai sinh đúng hạn',
			'Người có công với cách mạng, người thuộc hộ nghèo, người khuyết tật'
		]);
	});

	it('Luật Hộ tịch 2014 Art 11: an on-time birth registration ticked as exempt is stored with its basis and 0 đ', () => {
		const d = value(
			take(birth, { amount: 0, paid: true, exemption: 'Đăng ký khai sinh đúng hạn' })
		).dossier;
		expect(d.fee).toEqual({
			amount: 0,
			paid: true,
			exemption: { label: 'Đăng ký khai sinh đúng hạn', basis: 'Luật Hộ tịch 2014, Điều 11' }
		});
	});

	it('an exemption with an amount, or one the procedure does not have, is refused by field in Vietnamese', () => {
		const charged = errorsOf(
			take(withDienBien, { amount: 5_000, paid: true, exemption: 'Đăng ký khai sinh đúng hạn' })
		);
		expect(charged.map((e) => e.field)).toEqual(['fee.amount']);
		expect(charged[0]?.message).toBe(
			'Số tiền phí, lệ phí: hồ sơ được miễn (Đăng ký khai sinh đúng hạn) thì số tiền phải bằng 0.'
		);
		const unknown = errorsOf(take(birth, { amount: 0, paid: true, exemption: 'Miễn vì quen' }));
		expect(unknown.map((e) => e.field)).toEqual(['fee.exemption']);
	});

	it('a waived line must be 0 đ in the catalog schema', () => {
		const bad = parseProcedure({
			...birth,
			fees: [{ label: 'Đúng hạn', amount: 1_000, per: 'case', exempt: true }]
		});
		expect(errorsOf(bad).map((e) => e.field)).toEqual(['fees.0.amount']);
	});

	it('a dossier stored before issue 18 (fee without exemption) reads as before', () => {
		const d = value(take(birth, { amount: 0, paid: true })).dossier;
		expect(d.fee).toEqual({ amount: 0, paid: true });
	});
});

describe('fees the catalog does not know (issue 18 point 7: an imported entry without fees)', () => {
	it('gives no line and says so, so the officer types the amount instead of a made-up one', () => {
		const p = value(
			parseProcedure({
				...(proceduresJson[0] as Record<string, unknown>),
				fee_set_by: 'unknown',
				fees: [],
				fee_note: undefined
			})
		);
		const table = feeTableFor(p, '11');
		expect(table).toMatchObject({
			set_by: 'unknown',
			lines: [],
			fees_unknown: true,
			province_table_missing: false
		});
		expect(defaultFeeAmount(table)).toBe(0);
	});
});
