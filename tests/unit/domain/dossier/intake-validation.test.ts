import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectOk, expectFailure } from '../../../builders/result';
import { intakeDossier } from '$lib/domain/commands';
import { intakeContext, intakeForm } from '../../../builders/dossier';

const person = (o: Record<string, unknown>) => ({ ...(intakeForm().applicant as object), ...o });
const organisation = (o: Record<string, unknown>) => ({
	kind: 'organisation',
	name: 'Hợp tác xã Nông nghiệp Na Sơn',
	representative: 'Lò Văn Pọm',
	address: 'Bản Na Sơn, xã Na Sơn',
	...o
});
const doc = (o: Record<string, unknown>) => ({
	doc_id: 'to_khai',
	name: 'Tờ khai',
	originals: 1,
	copies: 0,
	...o
});

/** [what is wrong, form changes, field path, Vietnamese label the message must name]. */
const BAD: readonly [string, Record<string, unknown>, string, string][] = [
	['empty name', { applicant: person({ name: '' }) }, 'applicant.name', 'Tên người nộp hồ sơ'],
	[
		'digits in name',
		{ applicant: person({ name: 'Nguyễn 123' }) },
		'applicant.name',
		'Tên người nộp hồ sơ'
	],
	['no name', { applicant: person({ name: undefined }) }, 'applicant.name', 'Tên người nộp hồ sơ'],
	[
		'short ID',
		{ applicant: person({ citizen_id: '12345' }) },
		'applicant.citizen_id',
		'Số định danh cá nhân'
	],
	[
		'ID vs birth year',
		{ applicant: person({ citizen_id: '001190012345' }) },
		'applicant.citizen_id',
		'Số định danh cá nhân'
	],
	['phone', { applicant: person({ phone: '12345' }) }, 'applicant.phone', 'Số điện thoại'],
	['email', { applicant: person({ email: 'hoa@' }) }, 'applicant.email', 'Thư điện tử'],
	[
		'no address',
		{ applicant: person({ address: undefined }) },
		'applicant.address',
		'Địa chỉ người nộp'
	],
	[
		'bad birth date',
		{ applicant: person({ birth_date: '1985-13-01' }) },
		'applicant.birth_date',
		'Ngày sinh'
	],
	[
		'future birth date',
		{ applicant: person({ birth_date: '2030-01-01', citizen_id: undefined }) },
		'applicant.birth_date',
		'Ngày sinh'
	],
	[
		'legacy ID',
		{ applicant: person({ legacy_id: '1234' }) },
		'applicant.legacy_id',
		'Số chứng minh nhân dân cũ'
	],
	[
		'applicant kind',
		{ applicant: person({ kind: 'robot' }) },
		'applicant.kind',
		'Loại người nộp hồ sơ'
	],
	['no applicant', { applicant: undefined }, 'applicant', 'Người nộp hồ sơ'],
	[
		'no representative',
		{ applicant: organisation({ representative: undefined }) },
		'applicant.representative',
		'Người đại diện của tổ chức'
	],
	[
		'tax code',
		{ applicant: organisation({ tax_code: '123' }) },
		'applicant.tax_code',
		'Mã số thuế'
	],
	['procedure code', { procedure_code: 'abc' }, 'procedure_code', 'Mã thủ tục'],
	['unknown procedure', { procedure_code: '9.999999' }, 'procedure_code', 'Mã thủ tục'],
	['no documents', { documents_received: [] }, 'documents_received', 'Thành phần hồ sơ nộp'],
	[
		'negative originals',
		{ documents_received: [doc({ originals: -1 })] },
		'documents_received.0.originals',
		'Số bản chính'
	],
	[
		'no paper at all',
		{ documents_received: [doc({ originals: 0 })] },
		'documents_received.0.copies',
		'Số bản sao'
	],
	[
		'required document missing',
		{ documents_received: [doc({ doc_id: 'khac', name: 'Giấy khác' })] },
		'documents_received',
		'Thành phần hồ sơ nộp'
	],
	[
		'duplicate document',
		{ documents_received: [doc({}), doc({})] },
		'documents_received.1.doc_id',
		'Mã giấy tờ'
	],
	[
		'document name',
		{ documents_received: [doc({ name: ' ' })] },
		'documents_received.0.name',
		'Tên giấy tờ'
	],
	['no sets', { sets: 0 }, 'sets', 'Số lượng hồ sơ (bộ)'],
	['sets in words', { sets: 'hai' }, 'sets', 'Số lượng hồ sơ (bộ)'],
	['channel', { channel: 'fax' }, 'channel', 'Hình thức nộp hồ sơ'],
	['result delivery', { result_delivery: 'email' }, 'result_delivery', 'Nơi đăng ký nhận kết quả'],
	['negative fee', { fee: { amount: -5, paid: false } }, 'fee.amount', 'Số tiền phí, lệ phí'],
	['fee paid flag', { fee: { amount: 5, paid: 'có' } }, 'fee.paid', 'Đã nộp phí, lệ phí'],
	[
		'fee on a free procedure',
		{ procedure_code: '1.000894', fee: { amount: 5000, paid: false } },
		'fee.amount',
		'Số tiền phí, lệ phí'
	],
	['handler', { handler: { id: 'cb-02', name: '' } }, 'handler.name', 'Tên cán bộ xử lý'],
	['long note', { note: 'x'.repeat(1001) }, 'note', 'Ghi chú']
];

describe('intake validation: every bad input names its field in Vietnamese', () => {
	it.each(BAD)('%s', (_what, changes, field, label) => {
		const result = intakeDossier(intakeForm(changes), intakeContext());
		expectFailure(result);
		const error = result.errors.find((e) => e.field === field);
		expect(error, JSON.stringify(result.errors)).toBeDefined();
		expect(error?.message).toContain(label);
		expect(error?.messageKey).toMatch(/^error\./);
	});

	it('reports every problem of the form at once, the missing slot first', () => {
		const result = intakeDossier(
			intakeForm({ applicant: person({ phone: 'abc' }), sets: 0 }),
			intakeContext({ slot: null })
		);
		expectFailure(result);
		expect(result.errors.map((e) => e.field)).toEqual(['slot', 'applicant.phone', 'sets']);
	});

	it('treats blank optional fields as absent', () => {
		const result = intakeDossier(
			intakeForm({ applicant: person({ email: '  ', phone: '', citizen_id: '' }), note: '' }),
			intakeContext()
		);
		expectOk(result);
		expect(result.value.dossier.applicant).not.toHaveProperty('email');
		expect(result.value.dossier.applicant).not.toHaveProperty('citizen_id');
		expect(result.value.dossier).not.toHaveProperty('note');
	});

	it('reports a broken context as a typed error, not an exception', () => {
		const result = intakeDossier(intakeForm(), intakeContext({ now: 'hôm nay' }));
		expectFailure(result);
		expect(result.errors[0]).toMatchObject({ code: 'context_invalid', field: 'ctx.now' });
		expect(result.errors[0]?.message).toContain('Thông tin phiên làm việc');
	});
});

describe('intake fuzzing: no input throws, every failure is a Vietnamese message', () => {
	const ZOD_ENGLISH = /Invalid input|expected|received|Too (small|big)/;

	it('for any value at all', () => {
		fc.assert(
			fc.property(fc.anything(), (input) => {
				const result = intakeDossier(input, intakeContext());
				expectFailure(result);
				for (const e of result.errors) {
					expect(e.message).not.toMatch(ZOD_ENGLISH);
					expect(e.message.length).toBeGreaterThan(5);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('for a valid form with any one field replaced by anything', () => {
		const keys = Object.keys(intakeForm());
		const applicantKeys = Object.keys(intakeForm().applicant as object);
		fc.assert(
			fc.property(
				fc.constantFrom(...keys, ...applicantKeys.map((k) => `applicant.${k}`)),
				fc.anything(),
				(key, value) => {
					const [head, sub] = key.split('.');
					const form =
						sub === undefined
							? intakeForm({ [key]: value })
							: intakeForm({ applicant: person({ [sub]: value }) });
					void head;
					const result = intakeDossier(form, intakeContext());
					if (result.ok) return;
					for (const e of result.errors) {
						expect(e.message).not.toMatch(ZOD_ENGLISH);
						expect(e.field).not.toBe('');
					}
				}
			),
			{ numRuns: 500 }
		);
	});
});
