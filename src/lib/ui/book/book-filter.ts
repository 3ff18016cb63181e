import type { TrackingFilter } from '$lib/db/queries';

/** The tracking book's filters as they live in the address bar (bookmarkable views). */
export interface BookParams {
	q: string;
	status: string;
	field: string;
	overdue: boolean;
	week: boolean;
	from: string;
	to: string;
	page: number;
}

export function readParams(url: URL): BookParams {
	const get = (k: string) => url.searchParams.get(k) ?? '';
	return {
		q: get('q'),
		status: get('status'),
		field: get('field'),
		overdue: get('overdue') === '1',
		week: get('week') === '1',
		from: get('from'),
		to: get('to'),
		page: Math.max(1, Number(get('page')) || 1)
	};
}

export function toQuery(p: BookParams): string {
	const q = new URLSearchParams();
	if (p.q) q.set('q', p.q);
	if (p.status) q.set('status', p.status);
	if (p.field) q.set('field', p.field);
	if (p.overdue) q.set('overdue', '1');
	if (p.week) q.set('week', '1');
	if (p.from) q.set('from', p.from);
	if (p.to) q.set('to', p.to);
	if (p.page > 1) q.set('page', String(p.page));
	const s = q.toString();
	return s ? `?${s}` : '';
}

/** Monday 00:00 to next Monday 00:00 in Vietnam (UTC+7), as UTC instants. */
export function thisWeek(now: Date): { from: string; to: string } {
	const vn = new Date(now.getTime() + 7 * 3600_000);
	const day = (vn.getUTCDay() + 6) % 7;
	const monday =
		Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), vn.getUTCDate() - day) - 7 * 3600_000;
	return {
		from: new Date(monday).toISOString(),
		to: new Date(monday + 7 * 24 * 3600_000).toISOString()
	};
}

export function toFilter(p: BookParams, now: Date): TrackingFilter {
	const week = p.week ? thisWeek(now) : undefined;
	return {
		asOf: now.toISOString(),
		...(p.q ? { query: p.q } : {}),
		...(p.status ? { status: Number(p.status) } : {}),
		...(p.field ? { field: p.field } : {}),
		...(p.overdue ? { overdue: true } : {}),
		...(week ? { dueFrom: week.from, dueTo: week.to } : {}),
		...(p.from ? { receivedFrom: p.from } : {}),
		...(p.to ? { receivedTo: p.to } : {})
	};
}
