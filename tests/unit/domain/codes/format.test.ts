import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import {
	CODE_FORMATTERS,
	formatDossierCode,
	formatterFor,
	parseDossierCode,
	tt01of2018,
	yymmdd,
	type CodeFormatter
} from '$lib/domain/codes';

describe('dossier code formatter (TT 01/2018 Art 19)', () => {
	it('renders the circular’s example', () => {
		const code = formatDossierCode({ agency: '000.17.22.H56', date: '210531', seq: 1 });
		expect(code).toEqual({ ok: true, value: '000.17.22.H56-210531-0001' });
	});

	it('parses a code back to its parts', () => {
		expect(parseDossierCode('000.17.22.H56-210531-0001')).toEqual({
			ok: true,
			value: { agency: '000.17.22.H56', date: '210531', seq: 1 }
		});
		expect(parseDossierCode('000.01.11.H99-250707-9999')).toMatchObject({
			ok: true,
			value: { seq: 9999 }
		});
	});

	it('refuses malformed codes and parts with a Vietnamese message', () => {
		for (const bad of [
			'',
			'000.17.22.H56-210531-001',
			'000.17.22.h56-210531-0001',
			'x-211331-0001'
		]) {
			const parsed = parseDossierCode(bad);
			expectFailure(parsed);
			expect(parsed.errors[0]?.message).toContain('mã hồ sơ không đúng định dạng');
		}
		expect(formatDossierCode({ agency: '000.17.22.H56', date: '210531', seq: 0 }).ok).toBe(false);
		expect(formatDossierCode({ agency: '000.17.22.H56', date: '211301', seq: 1 }).ok).toBe(false);
	});

	it('chooses the formatter in force on the receipt date', () => {
		const future: CodeFormatter = {
			id: 'national-2027',
			basis: 'Quy định thống nhất (giả định cho kiểm thử)',
			effective_from: '2027-01-01',
			format: (p) => `${p.agency}/${p.date}/${String(p.seq).padStart(5, '0')}`,
			parse: () => undefined
		};
		const registry = [...CODE_FORMATTERS, future];
		expect(formatterFor('2026-12-31', registry)).toEqual({ ok: true, value: tt01of2018 });
		expect(formatterFor('2027-01-01', registry)).toEqual({ ok: true, value: future });
		const parts = { agency: '000.17.22.H56', date: '270105', seq: 12 };
		expect(formatDossierCode(parts, registry)).toEqual({
			ok: true,
			value: '000.17.22.H56/270105/00012'
		});
	});

	it('has no formatter before the circular took effect', () => {
		const result = formatterFor('2018-06-01');
		expectFailure(result);
		expect(result.errors[0]?.message).toBe(
			'Chưa có quy tắc đánh mã hồ sơ áp dụng cho ngày 2018-06-01.'
		);
	});

	it('applies from 6 Jan 2019, the day TT 01/2018/TT-VPCP took effect (DOMAIN.md, table of texts)', () => {
		expect(formatterFor('2019-01-06')).toEqual({ ok: true, value: tt01of2018 });
		expectFailure(formatterFor('2019-01-05'));
	});

	it('writes the date as YYMMDD', () => {
		expect(yymmdd('2025-07-07')).toBe('250707');
	});
});
