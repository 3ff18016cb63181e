import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
	normalisePhoneDigits,
	parsePhone,
	PhoneField,
	PhoneNumber
} from '$lib/domain/validate/phone';
import { parseWith } from '$lib/domain/validate/zod-errors';
import { expectFailure } from './expect-failure';

describe('parsePhone', () => {
	it.each([
		['0912345678', 'mobile', '0912345678'],
		['0912 345 678', 'mobile', '0912345678'],
		['0912.345.678', 'mobile', '0912345678'],
		['+84 912 345 678', 'mobile', '0912345678'],
		['+84912345678', 'mobile', '0912345678'],
		['84912345678', 'mobile', '0912345678'],
		['0084 912 345 678', 'mobile', '0912345678'],
		['(+84) 912-345-678', 'mobile', '0912345678'],
		['0321234567', 'mobile', '0321234567'],
		['0561234567', 'mobile', '0561234567'],
		['0701234567', 'mobile', '0701234567'],
		['0812345678', 'mobile', '0812345678'],
		['０９１２３４５６７８', 'mobile', '0912345678'],
		['024 3825 1234', 'landline', '02438251234'],
		['(028) 3829 1234', 'landline', '02838291234'],
		['0215 3825 123', 'landline', '02153825123'],
		['+84 24 3825 1234', 'landline', '02438251234'],
		['0243825123', 'landline', '0243825123']
	])('accepts %s as %s %s', (raw, kind, number) => {
		expect(parsePhone(raw)).toEqual({ ok: true, value: { kind, number } });
	});

	it.each([
		['', 'required'],
		['   ', 'required'],
		['0912abc678', 'phone.not_digits'],
		['091234567', 'phone.length'],
		['091234567890', 'phone.length'],
		['01234567890', 'phone.old_mobile'],
		['0112345678', 'phone.prefix'],
		['0612345678', 'phone.prefix'],
		['0412345678', 'phone.prefix'],
		['912345678', 'phone.no_trunk_zero'],
		['+1 202 555 0100', 'phone.foreign'],
		['+84 12 345', 'phone.length'],
		['++84912345678', 'phone.not_digits']
	])('refuses %j with %s', (raw, code) => {
		const [e] = expectFailure(parsePhone(raw));
		expect(e?.code).toBe(code);
		expect(e?.message.startsWith('Số điện thoại')).toBe(true);
	});

	it('gives the messages in Vietnamese, naming the field', () => {
		expect(expectFailure(parsePhone('091234567'))[0]?.message).toBe(
			'Số điện thoại phải có 10 chữ số (di động) hoặc 11 chữ số (cố định); đã nhập 9 chữ số.'
		);
		expect(expectFailure(parsePhone('0612345678'))[0]?.message).toBe(
			'Số điện thoại: đầu số 061 không phải đầu số di động (03, 05, 07, 08, 09) hay cố định (02).'
		);
	});

	it.each([undefined, null, 912345678, {}, [], true])('refuses non-text %j', (raw) => {
		expectFailure(parsePhone(raw, 'applicant.phone'));
	});

	it('never throws and its results are valid PhoneNumbers', () => {
		fc.assert(
			fc.property(fc.oneof(fc.anything(), fc.stringMatching(/^[+0-9 .()-]{0,16}$/)), (raw) => {
				const r = parsePhone(raw);
				if (r.ok) expect(PhoneNumber.safeParse(r.value).success).toBe(true);
				else expectFailure(r);
			})
		);
	});

	it('round-trips every mobile number through +84 form', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^0[35789]\d{8}$/), (n) => {
				expect(parsePhone(`+84 ${n.slice(1)}`)).toEqual({
					ok: true,
					value: { kind: 'mobile', number: n }
				});
			})
		);
	});
});

describe('normalisePhoneDigits', () => {
	it('only rewrites country prefixes', () => {
		expect(normalisePhoneDigits('+84 912')).toBe('0912');
		expect(normalisePhoneDigits('84 912')).toBe('84912');
		expect(normalisePhoneDigits('113')).toBe('113');
		expect(normalisePhoneDigits('+1 202')).toBeUndefined();
		expect(normalisePhoneDigits('số 5')).toBeUndefined();
	});
});

describe('PhoneField', () => {
	const Contact = z.object({ applicant: z.object({ phone: PhoneField }) });

	it('normalises inside a schema and reports at the schema path', () => {
		const r = parseWith(Contact, { applicant: { phone: '+84 912 345 678' } });
		expect(r.ok && r.value.applicant.phone).toBe('0912345678');
		const [e] = expectFailure(parseWith(Contact, { applicant: { phone: '01234567890' } }));
		expect(e).toMatchObject({ field: 'applicant.phone', code: 'phone.old_mobile' });
	});
});
