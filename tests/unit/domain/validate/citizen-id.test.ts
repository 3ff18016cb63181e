import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
	CITIZEN_ID_PROVINCE_CODES,
	CitizenIdField,
	parseCitizenId,
	PersonalId,
	PersonalIdField
} from '$lib/domain/validate/citizen-id';
import { parseWith } from '$lib/domain/validate/zod-errors';
import { expectFailure } from './expect-failure';

describe('parseCitizenId', () => {
	it('reads province, sex and birth year from a 12-digit number', () => {
		expect(parseCitizenId('001085012345')).toEqual({
			ok: true,
			value: {
				kind: 'citizen_id',
				number: '001085012345',
				place_code: '001',
				born_abroad: false,
				sex: 'male',
				birth_year: 1985
			}
		});
		const r = parseCitizenId('079303001234');
		expect(r.ok && r.value).toMatchObject({ place_code: '079', sex: 'female', birth_year: 2003 });
		const later = parseCitizenId('096999000001');
		expect(later.ok && later.value).toMatchObject({ sex: 'female', birth_year: 2399 });
	});

	it('tolerates spaces, dots, hyphens and full-width digits', () => {
		for (const raw of [
			'001 085 012 345',
			' 001.085.012.345 ',
			'001-085-012345',
			'００１０８５０１２３４５'
		]) {
			const r = parseCitizenId(raw);
			expect(r.ok && r.value.number, raw).toBe('001085012345');
		}
	});

	it('accepts exactly the 63 old province codes and the country codes 101–295', () => {
		expect(CITIZEN_ID_PROVINCE_CODES.size).toBe(63);
		for (let p = 0; p <= 999; p++) {
			const prefix = String(p).padStart(3, '0');
			const r = parseCitizenId(`${prefix}085012345`);
			const expected = CITIZEN_ID_PROVINCE_CODES.has(prefix) || (p >= 101 && p <= 295);
			expect(r.ok, prefix).toBe(expected);
			if (r.ok && r.value.kind === 'citizen_id') expect(r.value.born_abroad).toBe(p >= 101);
		}
	});

	it('refuses an unknown place code naming the field', () => {
		const [e] = expectFailure(parseCitizenId('003085012345'));
		expect(e?.message).toBe(
			'Số định danh cá nhân: ba chữ số đầu "003" không phải mã tỉnh hoặc mã quốc gia nơi đăng ký khai sinh.'
		);
	});

	it.each([
		['00108501234', 11],
		['0010850123456', 13],
		['1', 1],
		['0010850123', 10]
	])('refuses %s: not 12 digits', (raw, length) => {
		const [e] = expectFailure(parseCitizenId(raw));
		expect(e?.message).toBe(
			`Số định danh cá nhân phải gồm đúng 12 chữ số (đã nhập ${length} chữ số).`
		);
		expect(e?.field).toBe('citizen_id');
	});

	it('flags a 9-digit CMND as a legacy id, or refuses it when asked', () => {
		expect(parseCitizenId('012 345 678')).toEqual({
			ok: true,
			value: { kind: 'legacy_id', number: '012345678' }
		});
		const [e] = expectFailure(parseCitizenId('012345678', { allowLegacy: false }));
		expect(e?.code).toBe('citizen_id.legacy');
	});

	it('checks G and YY against a known birth date', () => {
		expect(parseCitizenId('001085012345', { birthDate: '1985-12-31' }).ok).toBe(true);
		const [e] = expectFailure(parseCitizenId('001085012345', { birthDate: '1986-01-01' }));
		expect(e?.message).toBe(
			'Số định danh cá nhân không khớp với năm sinh 1986 (chữ số thứ 4 đến 6 phải là 086/186).'
		);
		const wrongCentury = expectFailure(parseCitizenId('001285012345', { birthDate: '1985-05-05' }));
		expect(wrongCentury[0]?.code).toBe('citizen_id.birth_year');
		const badDate = expectFailure(
			parseCitizenId('001085012345', { birthDate: '1985-02-30', field: 'applicant.citizen_id' })
		);
		expect(badDate[0]).toMatchObject({ field: 'applicant.birth_date', code: 'not_a_date' });
		expect(badDate[0]?.message).toMatch(/^Ngày sinh: /);
	});

	it('refuses a birth year after the caller’s date', () => {
		const [e] = expectFailure(parseCitizenId('001499012345', { asOf: '2026-08-01' }));
		expect(e?.code).toBe('citizen_id.future_year');
		expect(parseCitizenId('001226012345', { asOf: '2026-08-01' }).ok).toBe(true);
		expect(parseCitizenId('001227012345', { asOf: '2026-08-01' }).ok).toBe(false);
	});

	it('names the field given by the caller', () => {
		const [e] = expectFailure(parseCitizenId('abc', { field: 'applicant.citizen_id' }));
		expect(e).toMatchObject({ field: 'applicant.citizen_id', code: 'citizen_id.not_digits' });
		expect(e?.message).toBe('Số định danh cá nhân chỉ được gồm chữ số.');
	});

	it.each([undefined, null, '', '   ', 12345678901, {}, [], true, '00108501234x', '+84001085012'])(
		'refuses %j with a Vietnamese message and never throws',
		(raw) => {
			expectFailure(parseCitizenId(raw));
		}
	);

	it('never throws and always gives a valid PersonalId or named errors', () => {
		fc.assert(
			fc.property(fc.oneof(fc.anything(), fc.stringMatching(/^[0-9 ]{0,16}$/)), (raw) => {
				const r = parseCitizenId(raw);
				if (r.ok) expect(PersonalId.safeParse(r.value).success).toBe(true);
				else expectFailure(r);
			})
		);
	});

	it('accepts every structurally valid number', () => {
		const place = fc.constantFrom(...CITIZEN_ID_PROVINCE_CODES, '101', '295', '200');
		fc.assert(
			fc.property(place, fc.stringMatching(/^\d{9}$/), (p, rest) => {
				expect(parseCitizenId(p + rest).ok).toBe(true);
			})
		);
	});
});

describe('CitizenIdField / PersonalIdField in a schema', () => {
	const Applicant = z.object({
		applicant: z.object({ citizen_id: CitizenIdField, other_id: PersonalIdField.optional() })
	});

	it('normalises the number', () => {
		const r = parseWith(Applicant, { applicant: { citizen_id: '001 085 012 345' } });
		expect(r.ok && r.value.applicant.citizen_id).toBe('001085012345');
		const legacy = parseWith(Applicant, {
			applicant: { citizen_id: '001085012345', other_id: '012345678' }
		});
		expect(legacy.ok && legacy.value.applicant.other_id).toEqual({
			kind: 'legacy_id',
			number: '012345678'
		});
	});

	it('reports the validator’s message at the schema path', () => {
		const [e] = expectFailure(parseWith(Applicant, { applicant: { citizen_id: '12345' } }));
		expect(e).toMatchObject({ field: 'applicant.citizen_id', code: 'citizen_id.length' });
		expect(e?.message).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số (đã nhập 5 chữ số).');
		const [legacy] = expectFailure(
			parseWith(Applicant, { applicant: { citizen_id: '012345678' } })
		);
		expect(legacy?.code).toBe('citizen_id.legacy');
		const [missing] = expectFailure(parseWith(Applicant, { applicant: {} }));
		expect(missing?.message).toBe('Số định danh cá nhân: không được để trống.');
	});
});
