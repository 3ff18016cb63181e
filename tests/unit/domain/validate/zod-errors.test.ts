import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { labelKey, parseWith, zodToDomainErrors } from '$lib/domain/validate/zod-errors';
import { expectFailure as expectNotOk, expectRejected } from '../../../builders/result';
import { expectFailure } from './expect-failure';

const Doc = z.object({
	name: z.string().trim().min(1).max(5),
	code: z
		.string()
		.min(3)
		.regex(/^[A-Z]+$/),
	version: z.number().int().min(1).max(9),
	effective_from: z.iso.date(),
	effective_to: z.iso.datetime(),
	email: z.email().optional(),
	kind: z.enum(['xa', 'phuong']).optional(),
	legal_basis: z.array(z.string()).min(1).max(2),
	fees: z.array(z.object({ amount: z.number() })).optional(),
	demo: z.boolean().optional()
});

const valid = {
	name: 'Tên',
	code: 'ABC',
	version: 1,
	effective_from: '2025-07-01',
	effective_to: '2025-07-01T01:02:03.000Z',
	legal_basis: ['Luật']
};

const one = (override: Record<string, unknown>) => {
	const errors = expectFailure(parseWith(Doc, { ...valid, ...override }));
	expect(errors).toHaveLength(1);
	return errors[0];
};

describe('zodToDomainErrors', () => {
	it.each([
		[{ name: undefined }, 'name', 'required', 'Tên: không được để trống.'],
		[{ name: null }, 'name', 'required', 'Tên: không được để trống.'],
		[{ name: '  ' }, 'name', 'required', 'Tên: không được để trống.'],
		[{ name: 'abcdef' }, 'name', 'too_long', 'Tên: dài quá 5 ký tự.'],
		[{ name: 7 }, 'name', 'not_text', 'Tên: phải là chuỗi ký tự.'],
		[{ code: 'AB' }, 'code', 'too_short', 'Mã: phải có ít nhất 3 ký tự.'],
		[{ code: 'abc' }, 'code', 'invalid_format', 'Mã: sai định dạng.'],
		[{ version: '1' }, 'version', 'not_a_number', 'Phiên bản: phải là một số.'],
		[{ version: 1.5 }, 'version', 'not_an_integer', 'Phiên bản: phải là số nguyên.'],
		[{ version: 0 }, 'version', 'too_small', 'Phiên bản: không được nhỏ hơn 1.'],
		[{ version: 10 }, 'version', 'too_big', 'Phiên bản: không được lớn hơn 9.'],
		[
			{ effective_from: '2025-13-01' },
			'effective_from',
			'not_a_date',
			'Ngày có hiệu lực: không phải ngày hợp lệ (định dạng YYYY-MM-DD).'
		],
		[
			{ effective_to: 'hôm nay' },
			'effective_to',
			'not_an_instant',
			'Ngày hết hiệu lực: không phải thời điểm hợp lệ.'
		],
		[{ email: 'a@' }, 'email', 'email', 'Thư điện tử: không phải địa chỉ thư điện tử hợp lệ.'],
		[
			{ kind: 'huyen' },
			'kind',
			'not_one_of',
			'Loại đơn vị hành chính: phải là một trong các giá trị: xa, phuong.'
		],
		[{ legal_basis: [] }, 'legal_basis', 'required', 'Căn cứ pháp lý: không được để trống.'],
		[
			{ legal_basis: ['a', 'b', 'c'] },
			'legal_basis',
			'too_many',
			'Căn cứ pháp lý: nhiều nhất 2 mục.'
		],
		[{ fees: [{ amount: 'x' }] }, 'fees.0.amount', 'not_a_number', 'Mức thu: phải là một số.'],
		[{ demo: 'yes' }, 'demo', 'invalid', 'Dữ liệu mẫu: giá trị không hợp lệ.']
	])('maps %j to %s %s', (override, field, code, message) => {
		const e = one(override);
		expect(e).toMatchObject({ field, code });
		if (message !== undefined) expect(e?.message).toBe(message);
	});

	it('names the whole value "Tài liệu" for a root issue', () => {
		const [e] = expectFailure(parseWith(Doc, 'không phải tài liệu'));
		expect(e).toMatchObject({ field: '', code: 'invalid' });
		expect(e?.message).toBe('Tài liệu: giá trị không hợp lệ.');
	});

	it('reports unknown keys of a strict object, one per key', () => {
		const Strict = z.strictObject({ name: z.string() });
		const errors = expectFailure(parseWith(Strict, { name: 'a', note: 1, demo: 2 }));
		expect(errors.map((e) => [e.field, e.code])).toEqual([
			['note', 'unknown_field'],
			['demo', 'unknown_field']
		]);
	});

	it('falls back to the raw path for a field without a label (a test should add one)', () => {
		const r = parseWith(z.object({ no_such_label: z.string() }), {});
		expectNotOk(r);
		expect(r.errors[0]?.message).toBe('no_such_label: không được để trống.');
	});

	it('keeps a custom message key and its params', () => {
		const Custom = z.object({
			version: z.number().superRefine((v, ctx) => {
				ctx.addIssue({
					code: 'custom',
					message: 'x',
					params: { messageKey: 'error.date_after', after: '2025-07-01', ignored: {} }
				});
			})
		});
		const [e] = expectFailure(parseWith(Custom, { version: 1 }));
		expect(e?.message).toBe('Phiên bản: phải sau ngày 2025-07-01.');
	});

	it('falls back to "invalid" for an unknown custom key', () => {
		const Custom = z.object({
			name: z.string().refine(() => false, { params: { messageKey: 'nope' } })
		});
		expect(expectFailure(parseWith(Custom, { name: 'a' }))[0]?.code).toBe('invalid');
	});

	it('detects missing values from zod’s text when the error has no input', () => {
		const r = Doc.safeParse({ ...valid, name: undefined });
		expectRejected(r);
		expect(zodToDomainErrors(r.error)[0]?.code).toBe('required');
	});

	it('reports each field and key once', () => {
		const Twice = z.object({ name: z.string().min(2).min(3) });
		expect(expectFailure(parseWith(Twice, { name: 'a' }))).toHaveLength(1);
	});

	it('never throws, even when a transform throws', () => {
		const Throwing = z.string().transform(() => {
			throw new Error('boom');
		});
		const [e] = expectFailure(parseWith(Throwing, 'a'));
		expect(e?.message).toBe('Tài liệu: giá trị không hợp lệ.');
		const Async = z.string().refine(async () => true);
		expectFailure(parseWith(Async, 'a'));
	});
});

describe('labelKey', () => {
	it('prefers the longest known suffix and skips array indexes', () => {
		expect(labelKey(['required_documents', '0', 'name'])).toBe('field.required_documents.name');
		expect(labelKey(['3', 'fees', '1', 'pages', 'to'])).toBe('field.fees.pages.to');
		expect(labelKey(['applicant', 'citizen_id'])).toBe('field.citizen_id');
		expect(labelKey(['0'])).toBe('field.document');
		expect(labelKey([])).toBe('field.document');
		expect(labelKey(['no_such_field'])).toBeUndefined();
	});
});
