import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import type { CorrectInput } from '$lib/domain/commands';
import { buildDossier } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story } from '../../../builders/events';

const fix = (o: Partial<CorrectInput>): CorrectInput => ({ ...DEFAULT_INPUT.corrected, ...o });
const T = at('2025-07-08', '09:00');

describe('correct: the intake stays, the current view changes', () => {
	it('normalises the new value like the intake form and keeps the original', () => {
		const story = new Story(buildDossier());
		const event = story.do(cmd.correct, fix({ new_value: '0987 654 321' }), T);
		expect(event).toMatchObject({ path: 'applicant.phone', new_value: '0987654321' });
		const state = story.state;
		expect(state.current.applicant.phone).toBe('0987654321');
		expect(state.dossier.applicant.phone).toBe('0912345678');
		expect(state.corrections).toMatchObject([
			{ path: 'applicant.phone', original_value: '0912345678', new_value: '0987654321' }
		]);
	});

	it('keeps the intake value as the original through several corrections', () => {
		const story = new Story(buildDossier());
		story.do(cmd.correct, fix({}), T);
		story.do(cmd.correct, fix({ old_value: '0987654321', new_value: '0911111111' }), T);
		expect(story.state.corrections.map((c) => c.original_value)).toEqual([
			'0912345678',
			'0912345678'
		]);
		expect(story.state.current.applicant.phone).toBe('0911111111');
	});

	it('refuses when the old value is not what the dossier shows now', () => {
		const story = new Story(buildDossier());
		const result = story.try(cmd.correct, fix({ old_value: '0900000000' }), T);
		expect(result).toMatchObject({
			ok: false,
			errors: [{ field: 'old_value', code: 'correction_mismatch' }]
		});
		expectFailure(result);
		expect(result.errors[0]?.message).toContain('Giá trị cũ: không khớp');
	});

	it('refuses a field that this kind of applicant does not have', () => {
		const story = new Story(buildDossier());
		const result = story.try(
			cmd.correct,
			fix({ path: 'applicant.representative', old_value: null, new_value: 'Lò Văn Pọm' }),
			T
		);
		expect(result).toMatchObject({ ok: false, errors: [{ field: 'path' }] });
		expectFailure(result);
		expect(result.errors[0]?.message).toContain('Thông tin cần sửa');
	});

	it('refuses an invalid new value, naming it', () => {
		const story = new Story(buildDossier());
		const result = story.try(cmd.correct, fix({ new_value: '123' }), T);
		expect(result).toMatchObject({ ok: false, errors: [{ field: 'new_value' }] });
		expectFailure(result);
		expect(result.errors[0]?.message).toContain('Giá trị mới');
		const removal = story.try(
			cmd.correct,
			fix({
				path: 'applicant.address',
				old_value: story.dossier.applicant.address,
				new_value: null
			}),
			T
		);
		expect(removal).toMatchObject({ ok: false, errors: [{ code: 'correction_value' }] });
	});

	it('removes an optional field and corrects numbers, also after the result is returned', () => {
		const story = new Story(buildDossier());
		story.do(cmd.resolve, DEFAULT_INPUT.resolved, T);
		story.do(cmd.returnResult, DEFAULT_INPUT.returned, T);
		story.do(cmd.correct, fix({ new_value: null }), T);
		story.do(cmd.correct, fix({ path: 'sets', old_value: 1, new_value: 2 }), T);
		expect(story.state.current.applicant).not.toHaveProperty('phone');
		expect(story.state.current.sets).toBe(2);
		expect(story.state.flags).toEqual([]);
	});
});
