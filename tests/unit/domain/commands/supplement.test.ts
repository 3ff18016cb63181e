import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import { STATUS } from '$lib/domain/status';
import { buildDossier } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story, device, eventContext } from '../../../builders/events';

describe('requestSupplement (Form 02)', () => {
	it('waits for the citizen and counts the request', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		expect(story.state.status).toBe(STATUS.supplement_requested);
		expect(story.state.supplement_count).toBe(1);
		expect(story.state.supplement_requested_at).toBe(at('2025-07-08', '10:00'));
	});

	it('does not send a second request while one is pending (everything is asked at once)', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		const again = story.try(
			cmd.requestSupplement,
			DEFAULT_INPUT.supplement_requested,
			at('2025-07-08', '11:00')
		);
		expect(again).toMatchObject({ ok: false, errors: [{ code: 'supplement_pending' }] });
	});

	it('names missing items and notice number in Vietnamese', () => {
		const story = new Story(buildDossier());
		const result = story.try(
			cmd.requestSupplement,
			{ items: [], reason: 'Thiếu giấy tờ', notice_no: '' },
			at('2025-07-08', '10:00')
		);
		expectFailure(result);
		const messages = result.errors.map((e) => e.message);
		expect(messages).toContain('Nội dung cần bổ sung: không được để trống.');
		expect(messages).toContain('Số phiếu, văn bản: không được để trống.');
	});
});

describe('receiveSupplement', () => {
	it('is refused when no request is pending', () => {
		const story = new Story(buildDossier());
		const result = story.try(cmd.receiveSupplement, {}, at('2025-07-08', '10:00'));
		expectFailure(result);
		expect(result.errors[0]?.message).toBe(
			`Hồ sơ ${story.dossier.code} không có yêu cầu bổ sung nào đang chờ: không thể ghi nhận hồ sơ bổ sung.`
		);
	});

	it('restart policy: counts the time limit again from the supplement (Decree 61/2018 Art 19(4))', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		const event = story.do(cmd.receiveSupplement, {}, at('2025-07-14', '09:00'));
		// 3 working days from the day after Monday 14 Jul: Thursday 17 Jul at closing time.
		expect(event).toMatchObject({
			kind: 'supplement_received',
			new_appointment_at: at('2025-07-17', '17:00')
		});
		expect(event).not.toHaveProperty('paused_working_days');
		const state = story.state;
		expect(state.status).toBe(STATUS.in_process);
		expect(state.appointment_at).toBe(at('2025-07-17', '17:00'));
		expect(state.due_at).toBe(at('2025-07-17', '17:00'));
		expect(state.original_appointment_at).toBe(at('2025-07-10', '17:00'));
		expect(state.supplement_wait_ms).toBe(
			Date.parse(at('2025-07-14', '09:00')) - Date.parse(at('2025-07-08', '10:00'))
		);
	});

	it('pause policy: moves the appointment by the working days waited (Decree 63/2024)', () => {
		const story = new Story(buildDossier({ procedure_code: '1.004884' }));
		expect(story.dossier.procedure.supplement_policy).toBe('pause');
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		const event = story.do(cmd.receiveSupplement, {}, at('2025-07-11', '09:00'));
		// Paused Wed 9, Thu 10, Fri 11: the Thursday 10 Jul appointment moves 3 working days on.
		expect(event).toMatchObject({
			paused_working_days: 3,
			new_appointment_at: at('2025-07-15', '17:00')
		});
		expect(story.state.supplement_paused_days).toBe(3);
		expect(story.state.appointment_at).toBe(at('2025-07-15', '17:00'));
	});

	it('needs the calendar to compute the new appointment', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		const ctx = {
			...eventContext(device('may-1'), at('2025-07-14', '09:00')),
			schedule: undefined
		};
		const result = cmd.receiveSupplement(story.state, {}, ctx);
		expectFailure(result);
		expect(result.errors[0]?.message).toContain('Chưa có lịch làm việc');
	});
});
