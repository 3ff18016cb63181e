import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import type { Result } from '$lib/domain/errors';
import { STATUS } from '$lib/domain/status';
import { buildDossier } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story } from '../../../builders/events';

const MON = '2025-07-07';
const TUE = '2025-07-08';

/** The first error message of a refused command. */
function refusal(result: Result<unknown>): string {
	expect(result.ok).toBe(false);
	return result.ok ? '' : (result.errors[0]?.message ?? '');
}

function resolvedStory(): Story {
	const story = new Story(buildDossier());
	story.do(cmd.assign, DEFAULT_INPUT.assigned, at(MON, '10:00'));
	story.do(cmd.resolve, DEFAULT_INPUT.resolved, at(TUE, '10:00'));
	return story;
}

describe('assign and transfer', () => {
	it('move an accepted dossier into process', () => {
		const story = new Story(buildDossier());
		story.do(cmd.assign, DEFAULT_INPUT.assigned, at(MON, '10:00'));
		expect(story.state.status).toBe(STATUS.in_process);
		expect(story.state.handler?.name).toBe('Quàng Thị Lan');
		story.do(cmd.transfer, DEFAULT_INPUT.transferred, at(MON, '11:00'));
		expect(story.state.transfers).toHaveLength(1);
	});

	it('are refused once the dossier is resolved', () => {
		const story = resolvedStory();
		expect(refusal(story.try(cmd.assign, DEFAULT_INPUT.assigned, at(TUE, '11:00')))).toContain(
			'đã được giải quyết xong'
		);
		expect(refusal(story.try(cmd.transfer, DEFAULT_INPUT.transferred, at(TUE, '11:00')))).toContain(
			'đã được giải quyết xong'
		);
	});

	it('name the missing field in Vietnamese', () => {
		const story = new Story(buildDossier());
		const result = story.try(cmd.assign, { handler: { id: 'cb-02', name: '' } }, at(MON, '10:00'));
		expect(result).toMatchObject({ ok: false, errors: [{ field: 'handler.name' }] });
		expect(refusal(result)).toBe('Tên cán bộ xử lý: không được để trống.');
	});
});

describe('resolve and return', () => {
	it('cannot return before the dossier is resolved', () => {
		const story = new Story(buildDossier());
		expect(refusal(story.try(cmd.returnResult, DEFAULT_INPUT.returned, at(MON, '10:00')))).toBe(
			'Không thể trả kết quả khi hồ sơ chưa được giải quyết.'
		);
	});

	it('returns once after resolution', () => {
		const story = resolvedStory();
		expect(story.state.status).toBe(STATUS.processed);
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at(TUE, '14:00'));
		expect(story.state.status).toBe(STATUS.returned);
		expect(
			refusal(story.try(cmd.returnResult, DEFAULT_INPUT.returned, at(TUE, '15:00')))
		).toContain('không thể trả kết quả lần thứ hai');
	});

	it('cannot resolve twice', () => {
		const story = resolvedStory();
		expect(refusal(story.try(cmd.resolve, DEFAULT_INPUT.resolved, at(TUE, '11:00')))).toContain(
			'đã được giải quyết xong'
		);
	});

	it('cannot resolve while waiting for a supplement', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at(MON, '10:00'));
		expect(refusal(story.try(cmd.resolve, DEFAULT_INPUT.resolved, at(TUE, '10:00')))).toContain(
			'đang chờ công dân bổ sung'
		);
	});

	it('a rejection must give its reason in words (Decree 61/2018 Art 19(8))', () => {
		const story = new Story(buildDossier());
		const bare = story.try(cmd.resolve, { outcome: 'rejected' }, at(MON, '10:00'));
		expect(bare).toMatchObject({ ok: false, errors: [{ field: 'note' }] });
		expect(refusal(bare)).toContain('phải ghi rõ lý do bằng lời');
		const note = 'Người yêu cầu chưa đủ tuổi kết hôn theo Luật Hôn nhân và gia đình';
		story.do(cmd.resolve, { outcome: 'rejected', note }, at(MON, '10:00'));
		expect(story.state.outcome).toBe('rejected');
	});

	it('checks the outcome value', () => {
		const story = new Story(buildDossier());
		const result = story.try(cmd.resolve, { outcome: 'maybe' as 'approved' }, at(MON, '10:00'));
		expect(result).toMatchObject({ ok: false, errors: [{ field: 'outcome' }] });
		expect(refusal(result)).toContain('Kết quả giải quyết');
	});
});

describe('refuse', () => {
	it('records a written refusal with a legal reason and closes the dossier', () => {
		const story = new Story(buildDossier());
		story.do(cmd.refuse, DEFAULT_INPUT.refused, at(MON, '10:00'));
		expect(story.state.status).toBe(STATUS.not_accepted);
		expect(story.state.refusal?.reason).toContain('Luật Hộ tịch');
		expect(refusal(story.try(cmd.assign, DEFAULT_INPUT.assigned, at(MON, '11:00')))).toContain(
			'đã bị từ chối giải quyết'
		);
	});

	it('refuses a technical code as a reason', () => {
		const story = new Story(buildDossier());
		const result = story.try(
			cmd.refuse,
			{ reason: 'E_DOC_MISSING', notice_no: '01/TC' },
			at(MON, '10:00')
		);
		expect(refusal(result)).toContain('Lý do: hãy ghi rõ lý do bằng lời');
	});

	it('is refused after resolution', () => {
		const story = resolvedStory();
		expect(story.try(cmd.refuse, DEFAULT_INPUT.refused, at(TUE, '11:00')).ok).toBe(false);
	});
});

describe('withdraw (statuses 7 → 8; not in 9 or 10)', () => {
	it('stops processing at the citizen’s request', () => {
		const story = new Story(buildDossier());
		story.do(cmd.requestSupplement, DEFAULT_INPUT.supplement_requested, at(MON, '10:00'));
		story.do(cmd.withdraw, DEFAULT_INPUT.withdrawn, at(TUE, '10:00'));
		expect(story.state.status).toBe(STATUS.stopped);
		expect(story.state.withdrawal?.reason).toBe(DEFAULT_INPUT.withdrawn.reason);
	});

	it('is not allowed once processed or returned', () => {
		const story = resolvedStory();
		expect(refusal(story.try(cmd.withdraw, DEFAULT_INPUT.withdrawn, at(TUE, '11:00')))).toBe(
			`Không thể rút hồ sơ ${story.dossier.code} khi hồ sơ đã được giải quyết hoặc đã trả kết quả.`
		);
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at(TUE, '14:00'));
		expect(refusal(story.try(cmd.withdraw, DEFAULT_INPUT.withdrawn, at(TUE, '15:00')))).toContain(
			'đã trả kết quả'
		);
	});
});

describe('fees, evaluation and notes', () => {
	it('records payments up to the fee due', () => {
		const story = new Story(buildDossier());
		const tooMuch = story.try(cmd.payFee, { amount: 9000, method: 'cash' }, at(MON, '10:00'));
		expect(tooMuch).toMatchObject({ ok: false, errors: [{ field: 'amount' }] });
		expect(refusal(tooMuch)).toContain('Số tiền: lớn hơn số phí, lệ phí còn phải nộp');
		story.do(cmd.payFee, { amount: 3000, method: 'transfer' }, at(MON, '10:00'));
		expect(story.state.fee).toEqual({ amount: 8000, paid_amount: 3000, paid: false });
		story.do(cmd.payFee, { amount: 5000, method: 'online' }, at(MON, '10:05'));
		expect(story.state.fee.paid).toBe(true);
		expect(
			refusal(story.try(cmd.payFee, { amount: 1, method: 'cash' }, at(MON, '10:10')))
		).toContain('đã nộp đủ phí');
	});

	it('refuses a payment on a dossier that owes nothing', () => {
		const story = new Story(
			buildDossier({ procedure_code: '1.000894', fee: { amount: 0, paid: false } })
		);
		expect(refusal(story.try(cmd.payFee, DEFAULT_INPUT.fee_paid, at(MON, '10:00')))).toContain(
			'không phải nộp phí'
		);
	});

	it('takes one evaluation, also after the result is returned', () => {
		const story = resolvedStory();
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at(TUE, '14:00'));
		story.do(cmd.evaluate, DEFAULT_INPUT.evaluated, at(TUE, '14:05'));
		expect(story.state.evaluation?.rating).toBe('satisfied');
		expect(refusal(story.try(cmd.evaluate, DEFAULT_INPUT.evaluated, at(TUE, '14:10')))).toContain(
			'chỉ đánh giá một lần'
		);
	});

	it('adds notes in any state, but not empty ones', () => {
		const story = resolvedStory();
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at(TUE, '14:00'));
		story.do(cmd.addNote, DEFAULT_INPUT.note, at(TUE, '15:00'));
		expect(story.state.history.at(-1)?.kind).toBe('note');
		expect(refusal(story.try(cmd.addNote, { text: '  ' }, at(TUE, '15:00')))).toBe(
			'Nội dung ghi chú: không được để trống.'
		);
	});
});

describe('context and clock', () => {
	it('reports a broken context as a typed error', () => {
		const story = new Story(buildDossier());
		const state = story.state;
		const result = cmd.addNote(state, DEFAULT_INPUT.note, {
			now: 'hôm qua',
			deviceId: 'may-1',
			hlc: { wall_ms: 0, counter: 0, device: 'may-1' },
			seq: 0,
			actor: { id: 'cb-01', name: 'Lò Văn Minh' }
		});
		expect(result).toMatchObject({
			ok: false,
			errors: [{ code: 'context_invalid', field: 'ctx.now' }]
		});
	});

	it('orders a new event after everything known even when the device clock is behind', () => {
		const story = resolvedStory();
		// This laptop's clock says Monday, a day before the resolution recorded on another device.
		const event = story.do(cmd.returnResult, DEFAULT_INPUT.returned, at(MON, '11:00'), 'may-cu');
		expect(event.hlc > story.state.history.at(-2)!.hlc).toBe(true);
		expect(story.state.status).toBe(STATUS.returned);
		expect(story.state.flags).toEqual([]);
	});

	it('refuses a step dated before the receipt: the device clock is wrong', () => {
		const story = resolvedStory();
		// A laptop with a dead clock battery thinks it is 2001.
		const result = story.try(cmd.returnResult, DEFAULT_INPUT.returned, '2001-01-01T01:00:00.000Z');
		expect(refusal(result)).toBe(
			`Đồng hồ của thiết bị đang chỉ 08:00 2001-01-01, trước thời điểm tiếp nhận hồ sơ ${story.dossier.code}: hãy chỉnh lại ngày giờ của máy rồi thao tác lại.`
		);
	});

	it('never changes the state it is given', () => {
		const story = resolvedStory();
		const state = story.state;
		const before = JSON.stringify(state);
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, at(TUE, '14:00'));
		expect(JSON.stringify(state)).toBe(before);
		expect(Object.isFrozen(state)).toBe(true);
	});
});
