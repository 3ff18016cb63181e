import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApplicantNameField, parseApplicantName } from '$lib/domain/validate/applicant-name';
import { parseEmail } from '$lib/domain/validate/email';
import { parseWith } from '$lib/domain/validate/zod-errors';
import { z } from 'zod';
import { expectFailure } from './expect-failure';

describe('parseEmail', () => {
	it('trims and lower-cases the domain only', () => {
		expect(parseEmail('  Nguyen.Van@Example.VN ')).toEqual({
			ok: true,
			value: 'Nguyen.Van@example.vn'
		});
	});

	it.each([
		['', 'required'],
		['a@', 'email'],
		['không phải email', 'email'],
		[`${'a'.repeat(250)}@b.vn`, 'too_long'],
		[42, 'invalid'],
		[null, 'required']
	])('refuses %j with %s', (raw, code) => {
		const [e] = expectFailure(parseEmail(raw));
		expect(e?.code).toBe(code);
		expect(e?.message.startsWith('Thư điện tử')).toBe(true);
	});
});

describe('parseApplicantName', () => {
	it('keeps the name as typed, in NFC with single spaces', () => {
		const nfd = '  Nguyễn   Văn  Đức '.normalize('NFD');
		expect(parseApplicantName(nfd)).toEqual({ ok: true, value: 'Nguyễn Văn Đức' });
		expect(parseApplicantName("O'Brien Jean-Luc").ok).toBe(true);
		expect(parseApplicantName('Lò Văn Páo').ok).toBe(true);
	});

	it.each([
		['', 'required'],
		['Nguyễn Văn 2', 'applicant_name.characters'],
		['- Nguyễn', 'applicant_name.characters'],
		['Trần <b>', 'applicant_name.characters'],
		['A'.repeat(101), 'too_long'],
		[{}, 'invalid']
	])('refuses %j with %s', (raw, code) => {
		const [e] = expectFailure(parseApplicantName(raw));
		expect(e?.code).toBe(code);
		expect(e?.message.startsWith('Họ và tên')).toBe(true);
	});

	it('never throws', () => {
		fc.assert(
			fc.property(fc.anything(), (raw) => {
				const r = parseApplicantName(raw);
				if (!r.ok) expectFailure(r);
			})
		);
	});

	it('works as a schema field', () => {
		const S = z.object({ applicant_name: ApplicantNameField });
		const r = parseWith(S, { applicant_name: 'Nguyễn  Văn Đức' });
		expect(r.ok && r.value.applicant_name).toBe('Nguyễn Văn Đức');
		expect(expectFailure(parseWith(S, { applicant_name: '123' }))[0]?.field).toBe('applicant_name');
	});
});
