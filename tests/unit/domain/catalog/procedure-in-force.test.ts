import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import { findProcedure, isInForce, procedureInForce } from '$lib/domain/catalog/procedure-in-force';
import { buildProcedure } from '../../../builders/procedure';

const v1 = buildProcedure({ version: 1, effective_from: '2025-07-01', effective_to: '2027-03-01' });
const v2 = buildProcedure({
	version: 2,
	effective_from: '2027-03-01',
	time_limit: { unit: 'working_days', value: 1 }
});
const other = buildProcedure({ code: '1.000656', name: 'Đăng ký khai tử' });
const catalog = [v2, other, v1];

describe('procedureInForce', () => {
	it('picks the version in force on the date (effective_to is exclusive)', () => {
		expect(procedureInForce(catalog, '1.001193', '2025-07-01')).toEqual({ ok: true, value: v1 });
		expect(procedureInForce(catalog, '1.001193', '2027-02-28')).toEqual({ ok: true, value: v1 });
		expect(procedureInForce(catalog, '1.001193', '2027-03-01')).toEqual({ ok: true, value: v2 });
		expect(procedureInForce(catalog, '1.001193', '2099-12-31')).toEqual({ ok: true, value: v2 });
	});

	it('prefers the highest version when versions overlap', () => {
		const overlap = buildProcedure({ version: 3, effective_from: '2026-01-01' });
		expect(procedureInForce([v1, overlap], '1.001193', '2026-06-01')).toEqual({
			ok: true,
			value: overlap
		});
	});

	it('says in Vietnamese when no version applies', () => {
		const r = procedureInForce(catalog, '1.001193', '2025-06-30');
		expectFailure(r);
		expect(r.errors[0]?.code).toBe('procedure_not_in_force');
		expect(r.errors[0]?.message).toBe(
			'Mã thủ tục: thủ tục 1.001193 không có hiệu lực vào ngày 2025-06-30.'
		);
	});

	it('says in Vietnamese when the code is unknown or the date is bad', () => {
		const unknown = procedureInForce(catalog, '9.999999', '2026-01-01');
		expectFailure(unknown);
		expect(unknown.errors[0]?.message).toMatch(/^Mã thủ tục: danh mục không có/);
		const bad = procedureInForce(catalog, '1.001193', '2026-02-30');
		expectFailure(bad);
		expect(bad.errors[0]?.message).toMatch(/^Ngày: /);
	});
});

describe('isInForce / findProcedure', () => {
	it('reads effective dates', () => {
		expect(isInForce(v1, '2025-06-30')).toBe(false);
		expect(isInForce(v1, '2026-01-01')).toBe(true);
		expect(isInForce(v1, '2027-03-01')).toBe(false);
	});

	it('finds the highest version of a code', () => {
		expect(findProcedure(catalog, '1.001193')).toBe(v2);
		expect(findProcedure(catalog, '1.000894')).toBeUndefined();
	});
});
