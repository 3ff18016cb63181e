import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import type { Result } from '$lib/domain/errors';
import { stopNotice } from '$lib/domain/fold/hand-overs';
import { STATUS } from '$lib/domain/status';
import { buildDossier } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story } from '../../../builders/events';

/**
 * Issue 18 point 5: the national portal's codes 6 (payment of fees requested) and 7 (citizen
 * asked to withdraw) come out of the lifecycle (DOMAIN.md fact 9 and 3.6).
 */

const MON = '2025-07-07';

function refusal(result: Result<unknown>): string {
	expect(result.ok).toBe(false);
	return result.ok ? '' : (result.errors[0]?.message ?? '');
}

/** A certificate received for 0 đ (fee unknown at the desk), taken into process. */
function started(): Story {
	const story = new Story(buildDossier({ fee: { amount: 0, paid: false } }));
	story.do(cmd.assign, DEFAULT_INPUT.assigned, at(MON, '10:00'));
	return story;
}

describe('national status 6: fee requested (DOMAIN.md fact 9)', () => {
	it('DOMAIN.md fact 9, code 6: a fee request puts the dossier at 6 with 12,000 đ due; paying 5,000 + 7,000 resumes processing at 4', () => {
		const story = started();
		story.do(cmd.requestFee, { amount: 12_000 }, at(MON, '11:00'));
		expect(story.state.status).toBe(STATUS.fee_requested);
		expect(story.state.status).toBe(6);
		expect(story.state.fee).toEqual({ amount: 12_000, paid_amount: 0, paid: false });
		story.do(cmd.payFee, { amount: 5_000, method: 'cash' }, at(MON, '11:10'));
		expect(story.state.status).toBe(6);
		story.do(cmd.payFee, { amount: 7_000, method: 'transfer' }, at(MON, '11:20'));
		expect(story.state.status).toBe(STATUS.in_process);
		expect(story.state.fee).toEqual({ amount: 12_000, paid_amount: 12_000, paid: true });
	});

	it('a request on top of a partly paid fee adds to what was paid (8,000 − 3,000 paid, 5,000 asked → 8,000 due)', () => {
		const story = new Story(buildDossier());
		story.do(cmd.payFee, { amount: 3_000, method: 'cash' }, at(MON, '09:30'));
		story.do(cmd.requestFee, { amount: 5_000 }, at(MON, '10:00'));
		expect(story.state.fee).toEqual({ amount: 8_000, paid_amount: 3_000, paid: false });
	});

	it('is refused once the dossier is resolved, and needs an amount of at least 1 đ', () => {
		const story = started();
		expect(story.try(cmd.requestFee, { amount: 0 }, at(MON, '11:00'))).toMatchObject({
			ok: false,
			errors: [{ field: 'amount' }]
		});
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, at(MON, '14:00'));
		expect(refusal(story.try(cmd.requestFee, { amount: 8_000 }, at(MON, '15:00')))).toContain(
			'đã được giải quyết xong'
		);
	});
});

describe('national status 7: withdrawal requested (DOMAIN.md 3.6)', () => {
	it('DOMAIN.md 3.6: status 7 "Công dân yêu cầu rút hồ sơ", then 8 "Dừng xử lý" with the stop', () => {
		const story = started();
		story.do(cmd.requestWithdrawal, DEFAULT_INPUT.withdrawal_requested, at(MON, '11:00'));
		expect(story.state.status).toBe(STATUS.withdrawal_requested);
		expect(story.state.status).toBe(7);
		story.do(cmd.withdraw, DEFAULT_INPUT.withdrawn, at(MON, '14:00'));
		expect(story.state.status).toBe(STATUS.stopped);
		// Form 05 prints the stage reached before the request: in process (4), not 7.
		expect(stopNotice(story.state)?.stage).toBe(STATUS.in_process);
	});

	it('DOMAIN.md 3.6: not allowed once processed (9), and not twice while pending', () => {
		const story = started();
		story.do(cmd.requestWithdrawal, DEFAULT_INPUT.withdrawal_requested, at(MON, '11:00'));
		expect(
			refusal(
				story.try(cmd.requestWithdrawal, DEFAULT_INPUT.withdrawal_requested, at(MON, '11:05'))
			)
		).toBe('Đã có yêu cầu rút hồ sơ đang chờ xử lý.');
		const done = new Story(buildDossier());
		done.do(cmd.resolve, DEFAULT_INPUT.resolved, at(MON, '14:00'));
		expect(
			done.try(cmd.requestWithdrawal, DEFAULT_INPUT.withdrawal_requested, at(MON, '15:00')).ok
		).toBe(false);
	});

	it('a withdrawal straight to 8, as recorded before issue 18, still folds to 8', () => {
		const story = started();
		story.do(cmd.withdraw, DEFAULT_INPUT.withdrawn, at(MON, '14:00'));
		expect(story.state.status).toBe(8);
	});
});
