import { describe, expect, it } from 'vitest';
import { citizenIndicatorScores } from '$lib/domain/fold';

describe('TT 01/2018 indicators from Decree 61/2018 Art 31 answers', () => {
	it('scores 2/1/0 and leaves unanswered indicators out', () => {
		expect(
			citizenIndicatorScores({ time_vs_rule: 'earlier', contacts_count: 0, agencies_contacted: 1 })
		).toEqual({ time: 2, contacts: 2, agencies: 1, attitude: 2 });
		expect(
			citizenIndicatorScores({
				time_vs_rule: 'on_time',
				contacts_count: 3,
				complaint_handling: 'satisfied'
			})
		).toEqual({ time: 1, contacts: 0, attitude: 0 });
		expect(citizenIndicatorScores({})).toEqual({});
	});
});
