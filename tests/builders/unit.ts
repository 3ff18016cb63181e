import { AdminUnit } from '$lib/domain/schemas/unit';

export type AdminUnitInput = Record<string, unknown>;

/** A schema-valid commune of Điện Biên with demo codes. */
export function unitInput(overrides: AdminUnitInput = {}): AdminUnitInput {
	const code = typeof overrides.code === 'string' ? overrides.code : '99901';
	return {
		_id: `unit:${code}`,
		type: 'unit',
		code,
		name: 'Na Sơn',
		kind: 'xa',
		province_code: '11',
		province_name: 'Điện Biên',
		agency_code: '000.01.11.H99',
		agency_name: 'Trung tâm Phục vụ hành chính công xã Na Sơn',
		parent_agency_name: 'UBND xã Na Sơn',
		valid_from: '2025-07-01',
		demo: true,
		...overrides
	};
}

export function buildUnit(overrides: AdminUnitInput = {}): AdminUnit {
	return AdminUnit.parse(unitInput(overrides));
}
