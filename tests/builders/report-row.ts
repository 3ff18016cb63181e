import type { ReportRow } from '$lib/domain/reports';
import { pick as pickWith, seeded } from '../../bench/lib/people';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** The Vietnam date of an instant (UTC+7, no daylight saving). */
const vnDate = (ms: number) => iso(ms + 7 * 3_600_000).slice(0, 10);

/**
 * `count` report rows received between `from` and `from + days`, of every kind `place` tells
 * apart: ended early, on time or late (some refused), withdrawn, returned and rated, and still
 * running (due or overdue, some waiting for a supplement).
 */
export function randomReportRows(count: number, from: string, days: number, seed = 1): ReportRow[] {
	const next = seeded(seed);
	const pick = <T>(xs: readonly T[]): T => pickWith(next, xs);
	const start = Date.parse(`${from}T00:00:00+07:00`);
	return Array.from({ length: count }, (_, i) => {
		const received = start + Math.floor(next() * days * DAY);
		const due = received + (1 + Math.floor(next() * 20)) * DAY;
		const fate = pick(['early', 'on_time', 'late', 'refused', 'withdrawn', 'running'] as const);
		const endedMs = received + Math.floor(next() * 40 * DAY);
		const ended = fate === 'running' || fate === 'withdrawn' ? '' : iso(endedMs);
		const withdrawn = fate === 'withdrawn' ? iso(endedMs) : '';
		const returned =
			ended !== '' && next() < 0.7 ? iso(endedMs + Math.floor(next() * 9 * DAY)) : '';
		const rated = returned !== '' && next() < 0.5;
		const field = pick(['ho_tich', 'chung_thuc', 'dat_dai'] as const);
		const procedure = Math.floor(next() * 4);
		const legal = vnDate(received);
		const closed = ended || withdrawn;
		// Every fifth closed dossier went to an upstream unit on the day of receipt and came back
		// the day its processing ended (issue 17); derived from `i`, so the random stream is unchanged.
		const chainEnd = returned || closed;
		const chain =
			i % 5 === 0 && chainEnd !== ''
				? [legal, legal, vnDate(Date.parse(closed)), vnDate(Date.parse(chainEnd))]
				: null;
		return {
			code: `H12.99.99901-${String(i).padStart(6, '0')}`,
			legal_receipt_date: legal,
			closed_at: closed,
			ended_at: ended,
			timeliness:
				fate === 'refused' ? 'on_time' : fate === 'running' || fate === 'withdrawn' ? '' : fate,
			withdrawn_at: withdrawn,
			status: fate === 'refused' ? 3 : fate === 'withdrawn' ? 8 : ended === '' ? 2 : 4,
			returned_at: returned,
			overdue_at: fate === 'running' && next() < 0.2 ? '9999-12-31T23:59:59.999Z' : iso(due),
			processing_ms: ended === '' ? 0 : endedMs - received,
			rating: rated ? pick(['very_satisfied', 'satisfied', 'dissatisfied'] as const) : '',
			rated_at: rated ? returned : '',
			complained: rated && next() < 0.3 ? 1 : 0,
			channel: pick(['direct', 'online', 'post', 'mobile'] as const),
			field_code: field,
			field_name: field,
			procedure_code: `${field}.${procedure}`,
			procedure_name: `${field} ${procedure}`,
			...(chain ? { chain } : {})
		};
	});
}
