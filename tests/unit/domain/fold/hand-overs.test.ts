import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import { handOvers, stepOutcome, stopNotice } from '$lib/domain/fold';
import { STATUS } from '$lib/domain/status';
import { buildDossier } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story, rawEvent } from '../../../builders/events';

// The marital-status certificate received Monday 7 Jul 2025 09:00 is due Thursday 10 Jul 17:00.
const DUE = at('2025-07-10', '17:00');

describe('processing-control slip (Form 06 of TT 03/2025)', () => {
	it('starts with the intake: citizen to desk, no verdict', () => {
		const rows = handOvers(new Story(buildDossier()).state);
		expect(rows).toEqual([
			expect.objectContaining({
				step: 'received',
				event_id: null,
				from: { role: 'applicant', name: 'Nguyễn Thị Hoa' },
				to: { role: 'desk', name: 'Lò Văn Minh' },
				due_at: DUE,
				outcome: null
			})
		]);
	});

	it('follows the dossier from desk to handler to another agency and back to the citizen', () => {
		const story = new Story(buildDossier());
		story.do(cmd.assign, DEFAULT_INPUT.assigned, at('2025-07-07', '10:00'));
		story.do(cmd.transfer, DEFAULT_INPUT.transferred, at('2025-07-08', '09:00'));
		story.do(cmd.addNote, DEFAULT_INPUT.note, at('2025-07-08', '10:00'));
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-10', '16:00'));
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at('2025-07-11', '09:00'));
		const rows = handOvers(story.state);
		expect(rows.map((r) => r.step)).toEqual([
			'received',
			'assigned',
			'transferred',
			'resolved',
			'returned'
		]);
		const agency = { role: 'agency', name: 'Trung tâm Phục vụ hành chính công tỉnh Điện Biên' };
		expect(rows[1]).toMatchObject({
			from: { role: 'desk', name: 'Lò Văn Minh' },
			to: { role: 'handler', name: 'Quàng Thị Lan' },
			outcome: 'early'
		});
		expect(rows[2]).toMatchObject({ from: { role: 'handler', name: 'Quàng Thị Lan' }, to: agency });
		expect(rows[3]).toMatchObject({
			from: agency,
			to: { role: 'desk', name: 'Lò Văn Minh' },
			outcome: 'on_time',
			note: '15/XNTTHN',
			due_at: DUE
		});
		// Collected the day after the appointment: the return is late, the processing was not.
		expect(rows[4]).toMatchObject({
			to: { role: 'applicant', name: 'Nguyễn Thị Hoa' },
			outcome: 'late',
			note: 'desk'
		});
	});

	it('carries the dossier verdict on the result and measures against the moved deadline', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at('2025-07-08', '10:00'));
		story.do(cmd.receiveSupplement, {}, at('2025-07-14', '09:00'));
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-17', '16:00'));
		const rows = handOvers(story.state);
		expect(rows.map((r) => [r.step, r.outcome])).toEqual([
			['received', null],
			['supplement_requested', 'early'],
			['supplement_received', null],
			['resolved', 'on_time']
		]);
		expect(rows[2]?.from.role).toBe('applicant');
		expect(rows[3]?.due_at).toBe(story.state.due_at);
		expect(rows[3]?.due_at).not.toBe(DUE);
	});

	it('a late result is late on the slip too', () => {
		const story = new Story(buildDossier());
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-11', '09:00'));
		expect(handOvers(story.state).at(-1)).toMatchObject({ step: 'resolved', outcome: 'late' });
	});

	it('leaves out an event the fold did not apply', () => {
		const dossier = buildDossier();
		const story = new Story(dossier);
		story.do(cmd.refuse, DEFAULT_INPUT.refused, at('2025-07-08', '09:00'));
		story.events.push(rawEvent(dossier, 'assigned', at('2025-07-08', '10:00'), { seq: 9 }));
		expect(story.state.flags).toHaveLength(1);
		expect(handOvers(story.state).map((r) => r.step)).toEqual(['received', 'refused']);
	});

	it('step outcome: early on an earlier day, on time by the hour, late after it', () => {
		expect(stepOutcome(at('2025-07-09', '16:00'), DUE)).toBe('early');
		expect(stepOutcome(at('2025-07-10', '17:00'), DUE)).toBe('on_time');
		expect(stepOutcome(at('2025-07-10', '17:01'), DUE)).toBe('late');
		expect(stepOutcome(at('2025-07-11', '09:00'), DUE, 86_400_000)).toBe('on_time');
	});
});

describe('stop notice (Form 05 of TT 03/2025)', () => {
	it('is absent while the dossier was never stopped', () => {
		expect(stopNotice(new Story(buildDossier()).state)).toBeNull();
	});

	it('gives the stage reached, the fees paid and the notice number', () => {
		const story = new Story(buildDossier());
		story.do(cmd.assign, DEFAULT_INPUT.assigned, at('2025-07-07', '10:00'));
		story.do(cmd.payFee, DEFAULT_INPUT.fee_paid, at('2025-07-07', '10:05'));
		story.do(
			cmd.withdraw,
			{ ...DEFAULT_INPUT.withdrawn, notice_no: '01/TB-DG' },
			at('2025-07-08', '09:00')
		);
		const notice = stopNotice(story.state);
		expect(story.state.status).toBe(STATUS.stopped);
		expect(notice).toMatchObject({
			stage: STATUS.in_process,
			paid_amount: 8000,
			fee_amount: 8000,
			event: { notice_no: '01/TB-DG', reason: 'Công dân xin rút hồ sơ để nộp lại sau' }
		});
		expect(handOvers(story.state).at(-1)).toMatchObject({
			step: 'withdrawn',
			from: { role: 'handler', name: 'Quàng Thị Lan' },
			outcome: null,
			note: '01/TB-DG'
		});
	});

	it('a withdrawal without a number is still a stop', () => {
		const story = new Story(buildDossier());
		story.do(cmd.withdraw, DEFAULT_INPUT.withdrawn, at('2025-07-08', '09:00'));
		expect(stopNotice(story.state)).toMatchObject({ stage: STATUS.accepted, paid_amount: 0 });
	});
});
