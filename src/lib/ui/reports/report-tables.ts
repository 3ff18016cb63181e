import type { MessageKey, MessageParams } from '$lib/i18n';
import {
	averageDays,
	handled,
	longestDays,
	onTimeRate,
	onTimeRate766,
	satisfaction766,
	satisfiedShare,
	type Figures,
	type GroupLine,
	type Report
} from '$lib/domain/reports';

/** A table as the screen, the print page, the CSV and the XLSX sheets all show it. */
export interface Table {
	readonly name: string;
	readonly headers: readonly string[];
	readonly rows: readonly (readonly (string | number | null)[])[];
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** One decimal, as the reports print percentages and days; null stays empty. */
export const round1 = (n: number | null): number | null =>
	n === null ? null : Math.round(n * 10) / 10;

/** The figure columns of the periodic report, in the order of the upstream form. */
export const FIGURE_COLUMNS: readonly { key: MessageKey; value: (f: Figures) => number | null }[] =
	[
		{ key: 'reports.f.handled', value: handled },
		{ key: 'reports.f.carried', value: (f) => f.carried },
		{ key: 'reports.f.received', value: (f) => f.received },
		{ key: 'reports.f.receivedOnline', value: (f) => f.received_online },
		{ key: 'reports.f.receivedOffline', value: (f) => f.received_offline },
		{ key: 'reports.f.resolved', value: (f) => f.resolved },
		{ key: 'reports.f.early', value: (f) => f.early },
		{ key: 'reports.f.onTime', value: (f) => f.on_time },
		{ key: 'reports.f.late', value: (f) => f.late },
		{ key: 'reports.f.pending', value: (f) => f.pending },
		{ key: 'reports.f.notDue', value: (f) => f.not_due },
		{ key: 'reports.f.overdue', value: (f) => f.overdue },
		{ key: 'reports.f.refused', value: (f) => f.refused },
		{ key: 'reports.f.withdrawn', value: (f) => f.withdrawn },
		{ key: 'reports.f.returned', value: (f) => f.returned },
		{ key: 'reports.f.rate766', value: (f) => round1(onTimeRate766(f)) },
		{ key: 'reports.f.rate', value: (f) => round1(onTimeRate(f)) }
	];

/** A figure's label; "late" and "overdue" carry their group so a flat list stays clear. */
export function figureLabel(t: Translate, key: MessageKey): string {
	if (key === 'reports.f.late' || key === 'reports.f.early' || key === 'reports.f.onTime')
		return `${t('reports.f.resolved')}: ${t(key)}`;
	if (key === 'reports.f.notDue' || key === 'reports.f.overdue')
		return `${t('reports.f.pending')}: ${t(key)}`;
	return t(key);
}

/** Headers of the figure columns. */
export function figureHeaders(t: Translate): string[] {
	return FIGURE_COLUMNS.map((c) => figureLabel(t, c.key));
}

const values = (f: Figures) => FIGURE_COLUMNS.map((c) => c.value(f));

/** A breakdown (by field or procedure) with a total line, as on the upstream form. */
export function breakdownTable(
	t: Translate,
	name: string,
	groupHeader: MessageKey,
	lines: readonly GroupLine[],
	totals: Figures
): Table {
	return {
		name,
		headers: [t('reports.col.no'), t('reports.col.code'), t(groupHeader), ...figureHeaders(t)],
		rows: [
			...lines.map((l, i) => [i + 1, l.code, l.name, ...values(l.figures)]),
			['', '', t('reports.total'), ...values(totals)]
		]
	};
}

/** The key figures, one per line. */
export function summaryTable(t: Translate, report: Report): Table {
	const f = report.totals;
	const rows: [MessageKey, number | null][] = [
		...FIGURE_COLUMNS.map((c) => [c.key, c.value(f)] as [MessageKey, number | null]),
		['reports.f.avgDays', round1(averageDays(f))],
		['reports.f.maxDays', round1(longestDays(f))],
		['reports.f.verySatisfied', f.ratings.very_satisfied],
		['reports.f.satisfied', f.ratings.satisfied],
		['reports.f.dissatisfied', f.ratings.dissatisfied],
		['reports.f.disliked', f.disliked],
		['reports.f.satisfaction766', round1(satisfaction766(f))],
		['reports.f.satisfaction', round1(satisfiedShare(f))]
	];
	return {
		name: t('reports.table.summary'),
		headers: [t('reports.col.item'), t('reports.col.value')],
		rows: rows.map(([k, v]) => [figureLabel(t, k), v])
	};
}

export function trendTable(t: Translate, report: Report): Table {
	return {
		name: t('reports.table.trend'),
		headers: [
			t('reports.col.month'),
			t('reports.f.resolved'),
			t('reports.f.overdue'),
			t('reports.f.rate')
		],
		rows: report.trend.map((p) => [p.month, p.resolved, p.overdue, round1(p.rate)])
	};
}

/** Every table of the report: the workbook's sheets. */
export function reportTables(t: Translate, report: Report): Table[] {
	return [
		summaryTable(t, report),
		breakdownTable(
			t,
			t('reports.table.byField'),
			'reports.col.field',
			report.byField,
			report.totals
		),
		breakdownTable(
			t,
			t('reports.table.byProcedure'),
			'reports.col.procedure',
			report.byProcedure,
			report.totals
		),
		trendTable(t, report)
	];
}

/** One CSV table: the total, then every field, then every procedure, with a group column. */
export function csvTable(t: Translate, report: Report): Table {
	const group = (label: string, lines: readonly GroupLine[]) =>
		lines.map((l) => [label, l.code, l.name, ...values(l.figures)]);
	return {
		name: t('reports.title'),
		headers: [
			t('reports.col.group'),
			t('reports.col.code'),
			t('reports.col.item'),
			...figureHeaders(t)
		],
		rows: [
			[t('reports.total'), '', t('reports.total'), ...values(report.totals)],
			...group(t('reports.col.field'), report.byField),
			...group(t('reports.col.procedure'), report.byProcedure)
		]
	};
}
