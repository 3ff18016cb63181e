import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../../builders/result';
import { intakeContext, intakeForm } from '../../../builders/dossier';
import { parseProcedureCatalog } from '$lib/domain/catalog/parse-catalog';
import { intakeDossier, receiveSupplement, requestSupplement } from '$lib/domain/commands';
import { computeAppointment, extendByPause } from '$lib/domain/calendar';
import { foldDossier } from '$lib/domain/fold';
import type { Procedure } from '$lib/domain/schemas/procedure';
import type { DomainError, Result } from '$lib/domain/errors';
import proceduresJson from '$lib/seed/procedures.json';

function value<T>(r: Result<T>): T {
	expectOk(r);
	return r.value;
}
function errorsOf<T>(r: Result<T>): readonly DomainError[] {
	expectFailure(r);
	return r.errors;
}

/**
 * Issue 18 point 4: the intake's one question picks the time limit (and the clock policy) the
 * law gives in a stated case. Every expected date below is counted by hand on the 2025 calendar
 * of DOMAIN.md §4.2 (Mon–Fri, National Day break Sat 30 Aug – Tue 2 Sep 2025), with the Civil
 * Code Art 147 rule that counting starts the day after receipt.
 */

const seed = value(parseProcedureCatalog(proceduresJson));
const procedure = (code: string): Procedure => {
	const p = seed.find((x) => x.code === code);
	if (!p) throw new Error(code);
	return p;
};

/** An instant written in Vietnam time. */
const vn = (dateTime: string) => new Date(Date.parse(`${dateTime}+07:00`)).toISOString();
/** An instant as Vietnam wall clock `YYYY-MM-DD HH:MM`. */
const wall = (iso: string) =>
	new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Intake of a seed procedure with every required paper handed in. */
function take(code: string, extra: Record<string, unknown> = {}, at = '2025-07-07T09:00') {
	const p = procedure(code);
	const documents_received = p.required_documents
		.filter((d) => !d.optional && !d.replaceable_by_database)
		.map((d) => ({ doc_id: d.id, name: d.name, originals: 1, copies: 0 }));
	return intakeDossier(
		intakeForm({
			procedure_code: code,
			documents_received,
			fee: { amount: 0, paid: true },
			...extra
		}),
		intakeContext({ now: vn(at), procedures: seed })
	);
}

describe('conditional time limits chosen at intake (issue 18 point 4)', () => {
	it('Luật Hộ tịch 2014 Art 18(2): marriage is settled the same day, or within 5 working days when the conditions must be verified (Mon 7 Jul 2025 → Mon 14 Jul)', () => {
		const plain = value(take('1.000894')).dossier;
		expect(wall(plain.appointment_at)).toBe('2025-07-07 17:00');
		expect(plain.procedure.time_limit_case).toBeUndefined();
		// Tue 8, Wed 9, Thu 10, Fri 11, (weekend), Mon 14.
		const verified = value(take('1.000894', { time_limit_case: 'verification' })).dossier;
		expect(wall(verified.appointment_at)).toBe('2025-07-14 17:00');
		expect(verified.procedure.time_limit).toEqual({ unit: 'working_days', value: 5 });
		expect(verified.procedure.time_limit_case).toEqual({
			id: 'verification',
			label: 'Cần xác minh điều kiện kết hôn',
			basis: 'Luật Hộ tịch 2014, Điều 18(2)'
		});
	});

	it('Luật Hộ tịch 2014 Art 29(2) and 28(2): a supplement of civil-status data only is settled the same day; a correction takes 3 working days, 6 with verification', () => {
		const only = value(take('1.004859', { time_limit_case: 'supplement_only' })).dossier;
		expect(wall(only.appointment_at)).toBe('2025-07-07 17:00');
		// 3 working days: Tue 8, Wed 9, Thu 10.
		expect(wall(value(take('1.004859')).dossier.appointment_at)).toBe('2025-07-10 17:00');
		// 6 working days: Tue 8 … Fri 11, Mon 14, Tue 15.
		const verified = value(take('1.004859', { time_limit_case: 'verification' })).dossier;
		expect(wall(verified.appointment_at)).toBe('2025-07-15 17:00');
	});

	it('Luật Hộ tịch 2014 Art 5(3): the same-day supplement received after 15:00 is due the next working day (Fri 11 Jul 15:30 → Mon 14 Jul)', () => {
		const late = value(
			take('1.004859', { time_limit_case: 'supplement_only' }, '2025-07-11T15:30')
		).dossier;
		expect(wall(late.appointment_at)).toBe('2025-07-14 17:00');
	});

	it('Luật Hộ tịch 2014 (old district rule, DOMAIN.md §5 row 24): a foreign-element marriage takes 15 calendar days, and a last day off moves on (Civil Code Art 148): Fri 15 Aug 2025 → Sat 30 Aug, in the National Day break → Wed 3 Sep', () => {
		const d = value(take('2.000806', {}, '2025-08-15T09:00')).dossier;
		expect(d.procedure.time_limit).toEqual({ unit: 'days', value: 15 });
		expect(wall(d.appointment_at)).toBe('2025-09-03 17:00');
		// Counted in working days the same 15 would end Tue 9 Sep (18–22, 25–29 Aug, 3–5, 8, 9 Sep):
		// the unit matters.
		const asWorking = value(
			computeAppointment({
				receivedAt: vn('2025-08-15T09:00'),
				limit: { unit: 'working_days', value: 15 },
				calendars: intakeContext().calendars
			})
		);
		expect(wall(asWorking.appointmentAt)).toBe('2025-09-09 17:00');
	});

	it('Decree 63/2024 Art 7(2) as amended by 301/2026: the electronic birth bundle takes 3 working days and pauses after a supplement instead of restarting', () => {
		const result = value(take('1.001193', { time_limit_case: 'electronic_bundle' }));
		const d = result.dossier;
		// Tue 8, Wed 9, Thu 10.
		expect(wall(d.appointment_at)).toBe('2025-07-10 17:00');
		expect(d.procedure.supplement_policy).toBe('pause');
		const ctx = {
			now: vn('2025-07-08T09:00'),
			deviceId: 'may-1',
			hlc: result.hlc,
			seq: 1,
			actor: { id: 'cb-01', name: 'Lò Văn Minh' },
			calendars: intakeContext().calendars,
			schedule: computeAppointment,
			extendPause: extendByPause
		};
		const asked = value(
			requestSupplement(
				foldDossier(d, []),
				{
					items: [{ name: 'Giấy chứng sinh' }],
					reason: 'Thiếu giấy chứng sinh bản chính',
					notice_no: '01/HDHS'
				},
				ctx
			)
		);
		const state = foldDossier(d, [asked.event]);
		// Paused Tue 8 → Fri 11: Wed 9, Thu 10, Fri 11 are not counted; Thu 10 + 3 working days.
		const back = value(
			receiveSupplement(state, {}, { ...ctx, now: vn('2025-07-11T09:00'), hlc: asked.hlc, seq: 2 })
		);
		const after = foldDossier(d, [asked.event, back.event]);
		expect(wall(after.appointment_at)).toBe('2025-07-15 17:00');
		// A restart (the ordinary birth dossier) would have counted again from Fri 11: same day.
	});

	it('Decree 63/2024 as amended by 301/2026 Art 4(7): the electronic death bundle keeps the same-day limit but pauses (DOMAIN.md gives no separate time for it)', () => {
		const d = value(take('1.000656', { time_limit_case: 'electronic_bundle' })).dossier;
		expect(d.procedure.time_limit).toEqual({ unit: 'same_day', value: 0 });
		expect(d.procedure.supplement_policy).toBe('pause');
		expect(value(take('1.000656')).dossier.procedure.supplement_policy).toBe('restart');
	});

	it('an answer the procedure does not offer is refused in Vietnamese, naming the field', () => {
		const failed = { errors: errorsOf(take('1.000894', { time_limit_case: 'supplement_only' })) };
		expect(failed.errors[0]).toMatchObject({ field: 'time_limit_case', code: 'time_limit_case' });
		expect(failed.errors[0]?.message).toBe(
			'Trường hợp về thời hạn giải quyết: thủ tục Đăng ký kết hôn không có trường hợp "supplement_only".'
		);
	});

	it('a dossier received before issue 18 (no case on its snapshot) still parses and folds', () => {
		const d = value(take('1.000894')).dossier;
		const old = structuredClone(d.procedure);
		delete old.time_limit_case;
		expect(foldDossier({ ...d, procedure: old }, []).status).toBe(2);
	});
});
