import {
	customPeriod,
	monthPeriod,
	quarterPeriod,
	yearPeriod,
	type Period
} from '$lib/domain/reports';
import type { MessageKey, MessageParams } from '$lib/i18n';

/** The report's period as it lives in the address bar (`?kind=month&y=2026&m=3`). */
export interface ReportParams {
	kind: Period['kind'];
	y: number;
	m: number;
	q: number;
	from: string;
	to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Defaults to the current month in Vietnam. */
export function readReportParams(url: URL, now: Date): ReportParams {
	const vn = new Date(now.getTime() + 7 * 3600_000);
	const get = (k: string) => url.searchParams.get(k) ?? '';
	const num = (k: string, min: number, max: number, fallback: number) => {
		const n = Number(get(k));
		return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
	};
	const kinds = ['month', 'quarter', 'year', 'custom'] as const;
	const kind = kinds.find((k) => k === get('kind')) ?? 'month';
	const m = num('m', 1, 12, vn.getUTCMonth() + 1);
	const today = vn.toISOString().slice(0, 10);
	return {
		kind,
		y: num('y', 2000, 2100, vn.getUTCFullYear()),
		m,
		q: num('q', 1, 4, Math.ceil(m / 3)),
		from: DATE.test(get('from')) ? get('from') : `${today.slice(0, 7)}-01`,
		to: DATE.test(get('to')) ? get('to') : today
	};
}

export function reportQuery(p: ReportParams): string {
	const q = new URLSearchParams({ kind: p.kind, y: String(p.y) });
	if (p.kind === 'month') q.set('m', String(p.m));
	if (p.kind === 'quarter') q.set('q', String(p.q));
	if (p.kind === 'custom') {
		q.delete('y');
		q.set('from', p.from);
		q.set('to', p.to);
	}
	return `?${q.toString()}`;
}

export function toPeriod(p: ReportParams): Period {
	if (p.kind === 'quarter') return quarterPeriod(p.y, p.q);
	if (p.kind === 'year') return yearPeriod(p.y);
	if (p.kind === 'custom') return customPeriod(p.from, p.to);
	return monthPeriod(p.y, p.m);
}

/** "tháng 3/2026", "quý 1 năm 2026"… as a message key and its parameters. */
export function periodLabel(p: ReportParams): [MessageKey, MessageParams] {
	if (p.kind === 'quarter') return ['reports.label.quarter', { quarter: p.q, year: p.y }];
	if (p.kind === 'year') return ['reports.label.year', { year: p.y }];
	if (p.kind === 'custom') return ['reports.label.custom', {}];
	return ['reports.label.month', { month: p.m, year: p.y }];
}

/** A file name without diacritics: `bao-cao-2026-03-01_2026-03-31`. */
export function reportFileName(period: Period): string {
	return `bao-cao-${period.from}_${period.to}`;
}
