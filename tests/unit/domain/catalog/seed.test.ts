import { describe, expect, it } from 'vitest';
import { expectOk } from '../../../builders/result';
import {
	certificationCopyFee,
	pageTieredFee,
	SIGNATURE_CERTIFICATION_FEE
} from '$lib/domain/catalog/fees';
import { parseProcedureCatalog, parseUnitCatalog } from '$lib/domain/catalog/parse-catalog';
import { procedureInForce } from '$lib/domain/catalog/procedure-in-force';
import { PROCEDURE_CODE, PROCEDURE_FIELDS, type Procedure } from '$lib/domain/schemas/procedure';
import { AGENCY_CODE, PROVINCES_2025 } from '$lib/domain/schemas/unit';
import proceduresJson from '$lib/seed/procedures.json';
import unitsJson from '$lib/seed/units.json';

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function loadProcedures(): Procedure[] {
	const parsed = parseProcedureCatalog(proceduresJson);
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
	return parsed.value;
}

const procedures = loadProcedures();
const byCode = (code: string): Procedure => {
	const p = procedures.find((x) => x.code === code);
	if (!p) throw new Error(`seed lacks ${code}`);
	return p;
};

describe('seed procedures (src/lib/seed/procedures.json)', () => {
	it('validates every entry with the Procedure schema', () => {
		expect(parseProcedureCatalog(proceduresJson).ok).toBe(true);
	});

	it('holds at least 20 commune procedures with unique codes and ids', () => {
		expect(procedures.length).toBeGreaterThanOrEqual(20);
		expect(new Set(procedures.map((p) => p.code)).size).toBe(procedures.length);
		expect(new Set(procedures.map((p) => p._id)).size).toBe(procedures.length);
		for (const p of procedures) {
			expect(p._id).toBe(`procedure:${p.code}`);
			expect(p.code).toMatch(PROCEDURE_CODE);
			expect(p.level).toBe('commune');
		}
	});

	it('covers the procedures of DOMAIN.md section 5', () => {
		const codes = procedures.map((p) => p.code);
		for (const code of ['1.001193', '1.000894', '1.000656', '2.000815', '2.000884', '1.004222']) {
			expect(codes).toContain(code);
		}
	});

	it('writes Vietnamese names with diacritics and English names without', () => {
		for (const p of procedures) {
			expect(p.name, p.code).toMatch(VIETNAMESE_LETTER);
			expect(p.name, p.code).toBe(p.name.normalize('NFC'));
			expect(p.name_en, p.code).not.toMatch(VIETNAMESE_LETTER);
			for (const d of p.required_documents) expect(d.name, d.id).toMatch(VIETNAMESE_LETTER);
		}
	});

	it('uses known fields with their Vietnamese names', () => {
		for (const p of procedures) {
			const known = PROCEDURE_FIELDS[p.field.code as keyof typeof PROCEDURE_FIELDS];
			expect(known, p.code).toBe(p.field.name);
		}
	});

	it('has non-negative integer fees and no charge where the law waives it', () => {
		for (const p of procedures) {
			for (const f of p.fees) {
				expect(Number.isInteger(f.amount)).toBe(true);
				expect(f.amount).toBeGreaterThanOrEqual(0);
			}
			if (p.fee_set_by === 'none') expect(p.fees.every((f) => f.amount === 0)).toBe(true);
		}
		// Luật Hộ tịch 2014 Art 11: domestic marriage and guardianship are free.
		expect(byCode('1.000894').fee_set_by).toBe('none');
		expect(byCode('1.004837').fee_set_by).toBe('none');
	});

	it('charges certification of copies exactly as TT 226/2016/TT-BTC Art 4', () => {
		const lines = byCode('2.000815').fees;
		for (let pages = 1; pages <= 400; pages++) {
			const fromData = pageTieredFee(lines, pages);
			const fromLaw = certificationCopyFee(pages);
			expect(fromData).toEqual(fromLaw);
		}
		expect(pageTieredFee(lines, 1)).toEqual({ ok: true, value: 2_000 });
		expect(pageTieredFee(lines, 3)).toEqual({ ok: true, value: 5_000 });
		expect(pageTieredFee(lines, 1_000)).toEqual({ ok: true, value: 200_000 });
	});

	it('charges 10,000 đ per signature certification and 50,000 đ per contract', () => {
		expect(byCode('2.000884').fees).toEqual([
			expect.objectContaining({ amount: SIGNATURE_CERTIFICATION_FEE, per: 'case' })
		]);
		expect(byCode('2.001035').fees.map((f) => f.amount)).toEqual([50_000, 30_000, 25_000]);
	});

	it('charges residence registration 20,000 đ direct and 10,000 đ online', () => {
		const fees = byCode('1.004222').fees;
		expect(fees.find((f) => f.channel === 'direct')?.amount).toBe(20_000);
		expect(fees.find((f) => f.channel === 'online')?.amount).toBe(10_000);
	});

	it('sends residence procedures to the commune police with the CT04 receipt', () => {
		const residence = procedures.filter((p) => p.field.code === 'cu_tru');
		expect(residence.length).toBeGreaterThanOrEqual(3);
		for (const p of residence) {
			expect(p.receipt_form).toBe('CT04');
			expect(p.competent_authority).toBe('Công an xã');
		}
		for (const p of procedures.filter((x) => x.field.code !== 'cu_tru')) {
			expect(p.receipt_form).toBe('TT03-01');
		}
	});

	it('keeps the time limits of the law', () => {
		expect(byCode('1.001193').time_limit).toEqual({ unit: 'same_day', value: 0 });
		expect(byCode('1.000894').time_limit_question?.cases[0]?.time_limit).toEqual({
			unit: 'working_days',
			value: 5
		});
		expect(byCode('1.004222').time_limit).toEqual({ unit: 'working_days', value: 7 });
		expect(byCode('1.004194').time_limit).toEqual({ unit: 'working_days', value: 3 });
		expect(byCode('2.001035').time_limit).toEqual({ unit: 'working_days', value: 2 });
	});

	it('flags the facts DOMAIN.md marks [M] or uncertain', () => {
		expect(byCode('2.001019').confidence).toMatchObject({ level: 'verify' });
		expect(byCode('2.001019').confidence.unverified).toEqual(
			expect.arrayContaining(['time_limit', 'fees', 'documents'])
		);
		expect(byCode('2.000806').confidence.unverified).toContain('time_limit');
		expect(byCode('1.001776').confidence.unverified).toContain('time_limit');
		expect(byCode('2.000815').confidence.level).toBe('sourced');
		for (const p of procedures) {
			expect(p.confidence.level === 'verify').toBe(p.confidence.unverified.length > 0);
		}
	});

	it("TT 85/2019/TT-BTC: no national amount where the provincial People's Council sets the fee", () => {
		const provincial = procedures.filter((p) => p.fee_set_by === 'province');
		expect(provincial.length).toBeGreaterThanOrEqual(8);
		for (const p of provincial) {
			for (const f of p.fees) expect(f.amount, `${p.code} ${f.label}`).toBe(0);
			expect(p.province_fees, p.code).toBeUndefined();
		}
	});

	it('Luật Hộ tịch 2014 Art 11: on-time birth and death, guardianship and domestic marriage are waived, with the article', () => {
		const exempt = (code: string) =>
			byCode(code)
				.fees.filter((f) => f.exempt === true)
				.map((f) => [f.label, f.basis]);
		expect(exempt('1.001193')).toContainEqual([
			'Đăng ký khai sinh đúng hạn',
			'Luật Hộ tịch 2014, Điều 11'
		]);
		expect(exempt('1.000656')).toContainEqual([
			'Đăng ký khai tử đúng hạn',
			'Luật Hộ tịch 2014, Điều 11'
		]);
		expect(exempt('1.004837')).toHaveLength(1);
		expect(exempt('1.000894')).toHaveLength(1);
		for (const p of procedures.filter((x) => x.field.code === 'ho_tich')) {
			for (const f of p.fees.filter((x) => x.exempt === true)) {
				expect(f.basis, p.code).toBe('Luật Hộ tịch 2014, Điều 11');
			}
		}
	});

	it('asks the one question of each conditional time limit, each case citing its article', () => {
		const cases = (code: string) =>
			(byCode(code).time_limit_question?.cases ?? []).map((c) => [
				c.id,
				c.time_limit ?? null,
				c.supplement_policy ?? null,
				c.basis
			]);
		expect(cases('1.000894')).toEqual([
			['verification', { unit: 'working_days', value: 5 }, null, 'Luật Hộ tịch 2014, Điều 18(2)']
		]);
		expect(cases('1.004859').map((c) => c.slice(0, 2))).toEqual([
			['verification', { unit: 'working_days', value: 6 }],
			['supplement_only', { unit: 'same_day', value: 0 }]
		]);
		expect(cases('1.004859')[1]?.[3]).toBe('Luật Hộ tịch 2014, Điều 29(2)');
		expect(cases('1.001193')[0]?.slice(0, 3)).toEqual([
			'electronic_bundle',
			{ unit: 'working_days', value: 3 },
			'pause'
		]);
		expect(cases('1.000656')[0]?.slice(0, 3)).toEqual(['electronic_bundle', null, 'pause']);
		expect(byCode('2.000806').time_limit).toEqual({ unit: 'days', value: 15 });
		for (const p of procedures) expect(p.time_limit_extension, p.code).toBeUndefined();
	});

	it('has every procedure in force from the 1 Jul 2025 reform', () => {
		for (const p of procedures) {
			expect(procedureInForce(procedures, p.code, '2025-07-01').ok, p.code).toBe(true);
			expect(procedureInForce(procedures, p.code, '2025-06-30').ok, p.code).toBe(false);
		}
	});
});

describe('seed units (src/lib/seed/units.json)', () => {
	const parsed = parseUnitCatalog(unitsJson);

	it('validates every entry with the AdminUnit schema', () => {
		expect(parsed.ok).toBe(true);
	});

	it('holds two demo communes of one province with distinct QCVN agency codes', () => {
		expectOk(parsed);
		const units = parsed.value;
		expect(units).toHaveLength(2);
		expect(new Set(units.map((u) => u.province_code)).size).toBe(1);
		expect(new Set(units.map((u) => u.agency_code)).size).toBe(2);
		for (const u of units) {
			expect(u.demo).toBe(true);
			expect(u.note).toMatch(/demo/);
			expect(u.agency_code).toMatch(AGENCY_CODE);
			expect(u.agency_code).toMatch(/^\d{3}\.\d{2}\.\d{2}\.[A-Y]\d{2}$/);
			expect(u.province_name).toBe(PROVINCES_2025[u.province_code]);
			expect(u.agency_name).toContain(u.name);
			expect(u.parent_agency_name).toContain(u.name);
		}
	});
});
