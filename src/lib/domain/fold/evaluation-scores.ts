import type { EvaluationAnswers } from '$lib/domain/schemas/events';

/** A TT 01/2018 indicator score: 2, 1 or 0. */
export type IndicatorScore = 0 | 1 | 2;

/**
 * The per-dossier indicators of TT 01/2018/TT-VPCP Art 13 that come from the citizen's answers
 * (Art 14: indicators 1, 3, 4 and 7), derived from the raw Decree 61/2018 Art 31(1) answers as
 * DOMAIN.md 3.7 recommends. An unanswered question gives no score.
 */
export interface CitizenIndicatorScores {
	/** 1: total time against the legal limit: shorter 2, equal 1, longer 0. */
	readonly time?: IndicatorScore;
	/** 3: contacts needed to complete the dossier: none 2, one 1, more 0. */
	readonly contacts?: IndicatorScore;
	/** 4: agencies contacted: none beyond this desk 2, one 1, more 0. */
	readonly agencies?: IndicatorScore;
	/** 7: staff attitude: early without complaint 2, on time without complaint 1, complaint 0. */
	readonly attitude?: IndicatorScore;
}

const count = (n: number | undefined): IndicatorScore | undefined =>
	n === undefined ? undefined : n === 0 ? 2 : n === 1 ? 1 : 0;

const TIME = { earlier: 2, on_time: 1, later: 0 } as const;

export function citizenIndicatorScores(a: EvaluationAnswers): CitizenIndicatorScores {
	const time = a.time_vs_rule === undefined ? undefined : TIME[a.time_vs_rule];
	// Indicator 7: early and no complaint 2, on time and no complaint 1, a complaint 0.
	const complained = a.complaint_handling !== undefined && a.complaint_handling !== 'none';
	const scores: Record<string, IndicatorScore | undefined> = {
		time,
		contacts: count(a.contacts_count),
		agencies: count(a.agencies_contacted),
		attitude: complained ? 0 : time
	};
	return Object.fromEntries(Object.entries(scores).filter(([, s]) => s !== undefined));
}
