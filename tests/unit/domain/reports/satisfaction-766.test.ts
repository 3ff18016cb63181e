import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import {
	emptyFigures,
	isRated,
	monthPeriod,
	onTimeRate766,
	place,
	satisfaction766,
	satisfiedShare,
	summarize,
	type Figures
} from '$lib/domain/reports';
import { buildDossier, PROCEDURES } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story } from '../../../builders/events';

/** Figures of a month, written out: only the fields the formulas read differ from zero. */
function figures(over: Partial<Figures>): Figures {
	return { ...emptyFigures(), ...over };
}

const procedures = PROCEDURES.map((p) => ({ ...p, effective_from: '2025-01-01' }));
const story = () =>
	new Story(
		buildDossier({ procedure_code: '1.004873' }, { now: at('2025-07-07', '09:00'), procedures })
	);

describe('satisfaction by the national 766 formula (QĐ 766/QĐ-TTg; shared/DOMAIN.md 3.7)', () => {
	// The case of the issue: 20 dossiers resolved in the month, 1 of them late (5 %); 11 ratings,
	// 10 satisfied and 1 dissatisfied; one satisfied citizen also lodged a complaint. The share of
	// satisfied ratings is 10 ÷ 11 = 90.9 %; the 766 figure is 100 − (5 % + 2 ÷ 20 = 10 %) = 85 %.
	const month = figures({
		resolved: 20,
		early: 4,
		on_time: 15,
		late: 1,
		ratings: { very_satisfied: 3, satisfied: 7, dissatisfied: 1 },
		disliked: 2
	});

	it('100 − (late % + dislike %) = 100 − (5 + 10) = 85, where the satisfied share is 90.9', () => {
		expect(satisfiedShare(month)).toBeCloseTo((10 / 11) * 100, 9);
		expect(satisfaction766(month)).toBeCloseTo(85, 9);
	});

	it('the national on-time rate of the same month is 19 ÷ 20 = 95', () => {
		expect(onTimeRate766(month)).toBe(95);
	});

	it('never below 0: 3 late and 2 disliked of 4 resolved give 0, not −25', () => {
		const bad = figures({ resolved: 4, late: 3, on_time: 1, disliked: 2 });
		expect(satisfaction766(bad)).toBe(0);
	});

	it('no figure when nothing was resolved in the period', () => {
		expect(satisfaction766(emptyFigures())).toBeNull();
		expect(onTimeRate766(emptyFigures())).toBeNull();
	});

	it('an evaluation with a complaint is a dislike even when the rating is "satisfied"', () => {
		const s = story();
		s.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '10:00'));
		s.do(
			cmd.evaluate,
			{ answers: { complaint_handling: 'satisfied' }, rating: 'satisfied' },
			at('2025-07-08', '11:00')
		);
		const summary = summarize(s.state);
		expect(summary.complained).toBe(1);
		const placed = place(summary, monthPeriod(2025, 7), at('2025-08-01', '00:00'));
		expect(placed?.rating).toBe('satisfied');
		expect(placed?.disliked).toBe(true);
	});

	it('a satisfied rating with no complaint is no dislike; a dissatisfied one is', () => {
		const happy = story();
		happy.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '10:00'));
		happy.do(
			cmd.evaluate,
			{ answers: { complaint_handling: 'none' }, rating: 'very_satisfied' },
			at('2025-07-08', '11:00')
		);
		const unhappy = story();
		unhappy.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '10:00'));
		unhappy.do(cmd.evaluate, { answers: {}, rating: 'dissatisfied' }, at('2025-07-08', '11:00'));
		const asOf = at('2025-08-01', '00:00');
		expect(summarize(happy.state).complained).toBe(0);
		expect(place(summarize(happy.state), monthPeriod(2025, 7), asOf)?.disliked).toBe(false);
		expect(place(summarize(unhappy.state), monthPeriod(2025, 7), asOf)?.disliked).toBe(true);
	});
});

describe('one answer per dossier: the kiosk does not ask again (QĐ 766/QĐ-TTg counts a dossier once)', () => {
	it('not rated after the hand-over without a rating; rated once the citizen answered at return', () => {
		const plain = story();
		plain.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '10:00'));
		plain.do(cmd.returnResult, DEFAULT_INPUT.returned, at('2025-07-08', '11:00'));
		expect(isRated(plain.state)).toBe(false);

		const atReturn = story();
		atReturn.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '10:00'));
		atReturn.do(
			cmd.returnResult,
			{ ...DEFAULT_INPUT.returned, satisfaction: 'satisfied' },
			at('2025-07-08', '11:00')
		);
		expect(isRated(atReturn.state)).toBe(true);
	});

	it('rated once the evaluation form (or the kiosk) recorded an answer', () => {
		const s = story();
		s.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '10:00'));
		expect(isRated(s.state)).toBe(false);
		s.do(cmd.evaluate, { answers: {}, rating: 'very_satisfied' }, at('2025-07-08', '11:00'));
		expect(isRated(s.state)).toBe(true);
	});
});
