import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../../builders/result';
import { templateFor } from '$lib/domain/forms/template-for';
import type { Result } from '$lib/domain/errors';
import { parseFormTemplates, type FormTemplateSet } from '$lib/domain/schemas/form-templates';
import { seedProblems } from '$lib/seed/check-seed';
import templatesJson from '$lib/seed/form-templates.json';

/** Issue 18 point 2: the forms of each circular are a data set chosen by the form's date. */

function value<T>(r: Result<T>): T {
	expectOk(r);
	return r.value;
}
const sets = value(parseFormTemplates(templatesJson));
const pick = (kind: Parameters<typeof templateFor>[1], date: string) => {
	const { set, template } = value(templateFor(sets, kind, date));
	return [set.id, template.number, template.title];
};

describe('form templates by circular (DOMAIN.md decision "Forms"; fact 3)', () => {
	it('TT 03/2025/TT-VPCP Appendix I: Form 04 is "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"; an apology of 2025 before it keeps the TT 01/2018 title', () => {
		expect(pick('apology', '2026-03-03')).toEqual([
			'tt03-2025',
			'04',
			'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT'
		]);
		expect(pick('apology', '2025-08-01')).toEqual([
			'tt01-2018',
			'04',
			'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ'
		]);
	});

	it('TT 03/2025 renumbers the control slip 05 → 06 and the book 06 → 07, and adds the stop notice 05', () => {
		expect(pick('control_slip', '2025-08-01').slice(0, 2)).toEqual(['tt01-2018', '05']);
		expect(pick('control_slip', '2025-09-15').slice(0, 2)).toEqual(['tt03-2025', '06']);
		expect(pick('tracking_book', '2026-01-02').slice(0, 2)).toEqual(['tt03-2025', '07']);
		// TT 01/2018 had no stop notice: a date before TT 03/2025 takes the oldest set that has one.
		expect(pick('stop_notice', '2025-08-01').slice(0, 2)).toEqual(['tt03-2025', '05']);
	});

	it('a form dated before TT 01/2018 took effect (6 Jan 2019) takes the oldest set; with no set at all it fails', () => {
		const none = templateFor(sets, 'receipt', '2019-01-05');
		// The receipt of 2018 falls back to the oldest set, as the stop notice does.
		expect(value(none).set.id).toBe('tt01-2018');
		expectFailure(templateFor([], 'receipt', '2026-01-01'));
	});

	it('the next circular is a data change: a set effective 1 Jan 2027 wins from that day', () => {
		const next: FormTemplateSet = {
			...(sets[1] as FormTemplateSet),
			_id: 'forms:tt01-2027',
			id: 'tt01-2027',
			basis: 'Thông tư mới của Bộ Tư pháp (thử nghiệm)',
			effective_from: '2027-01-01'
		};
		const withNext = value(parseFormTemplates([...sets, next]));
		expect(value(templateFor(withNext, 'apology', '2026-12-31')).set.id).toBe('tt03-2025');
		expect(value(templateFor(withNext, 'apology', '2027-01-01')).set.id).toBe('tt01-2027');
	});

	it('a set giving one number to two forms is refused, naming the form', () => {
		const broken = structuredClone(templatesJson);
		(broken[1] as { forms: { stop_notice: { number: string } } }).forms.stop_notice.number = '04';
		const result = parseFormTemplates(broken);
		expectFailure(result);
		expect(result.errors.map((e) => e.field)).toContain('1.forms.stop_notice.number');
	});

	it('build-time check: every seed file passes its domain schema', () => {
		expect(seedProblems()).toEqual([]);
	});
});
