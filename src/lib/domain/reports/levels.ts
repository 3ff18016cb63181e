import { periodBounds, type Period } from './period';
import type { ReportInput } from './classify';
import type { DossierSummary } from './summary';

/**
 * Time at each level of the one-stop across levels (issue 17): over the dossiers that went to an
 * upstream unit and ended processing in the period, how many, the average hours at the commune
 * and upstream, and how many of them were on time or early — the on-time test of the whole
 * chain, since the fold measures the end against the one legal deadline.
 */
export interface LevelFigures {
	readonly dossiers: number;
	readonly onTime: number;
	readonly communeHours: number;
	readonly upstreamHours: number;
}

/** A report row; only full summaries (the upstream report's) carry `levels`. */
type LevelInput = Pick<ReportInput, 'ended_at' | 'timeliness'> &
	Partial<Pick<DossierSummary, 'levels'>>;

export function levelFigures(summaries: readonly LevelInput[], period: Period): LevelFigures {
	const { start, end } = periodBounds(period);
	let dossiers = 0;
	let onTime = 0;
	let commune = 0;
	let upstream = 0;
	for (const s of summaries) {
		if (!s.levels || s.ended_at === '' || s.ended_at < start || s.ended_at >= end) continue;
		dossiers += 1;
		if (s.timeliness === 'early' || s.timeliness === 'on_time') onTime += 1;
		commune += s.levels.commune_ms;
		upstream += s.levels.upstream_ms;
	}
	const hours = (ms: number) => (dossiers === 0 ? 0 : ms / dossiers / 3_600_000);
	return { dossiers, onTime, communeHours: hours(commune), upstreamHours: hours(upstream) };
}
