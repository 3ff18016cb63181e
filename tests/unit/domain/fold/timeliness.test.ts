import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import { foldDossier, timeliness } from '$lib/domain/fold';
import { STATUS } from '$lib/domain/status';
import { buildDossier } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story, rawEvent } from '../../../builders/events';

// The marital-status certificate received Monday 7 Jul 2025 09:00 is due Thursday 10 Jul 17:00.
const resolvedAt = (date: string, time: string) => {
	const story = new Story(buildDossier());
	story.do(cmd.resolve, DEFAULT_INPUT.resolved, at(date, time));
	return story;
};

describe('timeliness of the end of processing (Decision 766 formula)', () => {
	it('early: resolved on an earlier day than the appointment', () => {
		expect(resolvedAt('2025-07-08', '10:00').state.timeliness).toBe('early');
	});

	it('on time: resolved on the appointment day, before the hour', () => {
		expect(resolvedAt('2025-07-10', '16:30').state.timeliness).toBe('on_time');
	});

	it('late: resolved after the appointment', () => {
		const state = resolvedAt('2025-07-11', '09:00').state;
		expect(state.timeliness).toBe('late');
		expect(timeliness(state, at('2025-07-30', '09:00'))).toBe('late');
	});

	it('keeps the verdict of the resolution once the result is returned', () => {
		const story = resolvedAt('2025-07-10', '16:30');
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at('2025-07-14', '09:00'));
		expect(story.state.status).toBe(STATUS.returned);
		expect(story.state.timeliness).toBe('on_time');
	});

	it('restart: the new appointment counts from the supplement', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		story.do(cmd.receiveSupplement, {}, at('2025-07-14', '09:00'));
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-17', '16:00'));
		expect(story.state.timeliness).toBe('on_time');
		expect(story.state.supplement_count).toBe(1);
	});

	it('pause: the appointment moves by the working days paused', () => {
		const story = new Story(buildDossier({ procedure_code: '1.004884' }));
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		story.do(cmd.receiveSupplement, {}, at('2025-07-11', '09:00'));
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-15', '16:00'));
		expect(story.state.supplement_paused_days).toBe(3);
		expect(story.state.timeliness).toBe('on_time');
	});

	it('subtracts the waiting time when no new appointment absorbed it', () => {
		const dossier = buildDossier();
		const events = [
			rawEvent(dossier, 'supplement_requested', at('2025-07-08', '10:00'), { seq: 0 }),
			rawEvent(dossier, 'supplement_received', at('2025-07-11', '10:00'), { seq: 1 }),
			rawEvent(dossier, 'resolved', at('2025-07-11', '15:00'), { seq: 2 })
		];
		const state = foldDossier(dossier, events);
		expect(state.unadjusted_wait_ms).toBe(3 * 86_400_000);
		expect(state.timeliness).toBe('early');
	});

	it('more than one supplement request is late, however early the result', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		story.do(cmd.receiveSupplement, {}, at('2025-07-08', '14:00'));
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-09', '10:00'));
		story.do(cmd.receiveSupplement, {}, at('2025-07-09', '14:00'));
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-10', '09:00'));
		expect(story.state.supplement_count).toBe(2);
		expect(story.state.timeliness).toBe('late');
	});

	it('an apology with a new date does not make a late dossier on time', () => {
		const story = new Story(buildDossier());
		story.do(
			cmd.apologise,
			{ ...DEFAULT_INPUT.apology, new_appointment_at: at('2025-07-15', '17:00') },
			at('2025-07-09', '09:00')
		);
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-14', '10:00'));
		expect(story.state.appointment_at).toBe(at('2025-07-15', '17:00'));
		expect(story.state.timeliness).toBe('late');
	});

	it('a refusal ends processing; a withdrawal is not counted', () => {
		const refused = new Story(buildDossier());
		refused.do(cmd.refuse, DEFAULT_INPUT.refused, at('2025-07-08', '10:00'));
		expect(refused.state.status).toBe(STATUS.not_accepted);
		expect(refused.state.timeliness).toBe('early');
		const withdrawn = new Story(buildDossier());
		withdrawn.do(cmd.withdraw, DEFAULT_INPUT.withdrawn, at('2025-07-08', '10:00'));
		expect(withdrawn.state.status).toBe(STATUS.stopped);
		expect(withdrawn.state.timeliness).toBe('not_applicable');
		expect(timeliness(withdrawn.state, at('2025-08-01', '09:00'))).toBe('not_applicable');
	});
});

describe('timeliness while processing runs', () => {
	it('is not due before the appointment and overdue after it', () => {
		const state = foldDossier(buildDossier(), []);
		expect(state.timeliness).toBeNull();
		expect(timeliness(state, at('2025-07-10', '17:00'))).toBe('not_due');
		expect(timeliness(state, at('2025-07-10', '17:01'))).toBe('overdue');
	});

	it('a dossier waiting for the citizen is measured at the time of the request', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		expect(timeliness(story.state, at('2025-08-30', '09:00'))).toBe('not_due');
		const late = new Story(buildDossier());
		late.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-11', '10:00'));
		expect(timeliness(late.state, at('2025-07-11', '11:00'))).toBe('overdue');
	});
});
