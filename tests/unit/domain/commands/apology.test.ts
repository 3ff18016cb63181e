import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import { buildDossier } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story } from '../../../builders/events';

const NEW_DATE = at('2025-07-15', '17:00');
const apology = (new_appointment_at = NEW_DATE) => ({
	...DEFAULT_INPUT.apology,
	new_appointment_at
});

describe('apologise (Form 04; Decree 61/2018 Art 19(9))', () => {
	it('moves the appointment once, before the deadline, keeping the original', () => {
		const story = new Story(buildDossier());
		story.do(cmd.apologise, apology(), at('2025-07-09', '09:00'));
		const state = story.state;
		expect(state.appointment_at).toBe(NEW_DATE);
		expect(state.original_appointment_at).toBe(at('2025-07-10', '17:00'));
		expect(state.due_at).toBe(at('2025-07-10', '17:00'));
		expect(state.extension_count).toBe(1);
		expect(state.apology?.notice_no).toBe('01/PXL');
	});

	it('refuses a second apology', () => {
		const story = new Story(buildDossier());
		story.do(cmd.apologise, apology(), at('2025-07-09', '09:00'));
		const result = story.try(
			cmd.apologise,
			apology(at('2025-07-18', '17:00')),
			at('2025-07-14', '09:00')
		);
		expect(result).toMatchObject({ ok: false, errors: [{ code: 'second_apology' }] });
		expectFailure(result);
		expect(result.errors[0]?.message).toContain(
			'chỉ được hẹn lại một lần (Nghị định 61/2018/NĐ-CP, Điều 19 khoản 9)'
		);
	});

	it('refuses an apology once the appointment has passed', () => {
		const story = new Story(buildDossier());
		const result = story.try(cmd.apologise, apology(), at('2025-07-11', '09:00'));
		expect(result).toMatchObject({ ok: false, errors: [{ code: 'apology_too_late' }] });
		expectFailure(result);
		expect(result.errors[0]?.message).toContain('phải gửi trước ngày hẹn');
	});

	it('refuses a new date that is not later, naming the field', () => {
		const story = new Story(buildDossier());
		const result = story.try(
			cmd.apologise,
			apology(at('2025-07-10', '08:00')),
			at('2025-07-09', '09:00')
		);
		expect(result).toMatchObject({ ok: false, errors: [{ field: 'new_appointment_at' }] });
		expectFailure(result);
		expect(result.errors[0]?.message).toBe(
			'Ngày hẹn trả kết quả mới: phải sau ngày hẹn trả kết quả hiện tại.'
		);
	});

	it('refuses a malformed date, naming the field', () => {
		const story = new Story(buildDossier());
		const result = story.try(cmd.apologise, apology('15/07/2025'), at('2025-07-09', '09:00'));
		expect(result).toMatchObject({ ok: false, errors: [{ field: 'new_appointment_at' }] });
		expectFailure(result);
		expect(result.errors[0]?.message).toContain('Ngày hẹn trả kết quả mới');
	});

	it('is not needed once resolved', () => {
		const story = new Story(buildDossier());
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '09:00'));
		expect(story.try(cmd.apologise, apology(), at('2025-07-09', '09:00')).ok).toBe(false);
	});
});
