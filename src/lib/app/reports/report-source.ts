import { reportEnd, reportStart, type Period } from '$lib/domain/reports/period';
import type { ReportInput } from '$lib/domain/reports/classify';
import { communes, dossiersStamp, reportRows, unitRecord } from '$lib/db/queries';
import { getRuntime } from '$lib/db/runtime';
import type { Credentials, DigitisedCount, ReadFailure } from '$lib/sync/upstream-report';
import { remoteBase } from '$lib/app/sync';

/**
 * One report source, two adapters (issue 21): the report screen asks a source for the
 * summaries of a period, unit by unit, and builds every figure from them with the same domain
 * function. The local adapter reads this device's read model; the upstream adapter reads each
 * commune's database upstream (sync/upstream-report.ts).
 */

export interface UnitSummaries {
	readonly code: string;
	readonly name: string;
	readonly summaries: readonly ReportInput[];
	/** Known only upstream, where the media databases are read. */
	readonly digitised?: DigitisedCount;
}

export interface UnitFailure {
	readonly name: string;
	readonly reason: ReadFailure;
	readonly status?: number;
}

export interface ReportRead {
	/** The unit the report is made by, as it heads the report ('' upstream: the screen names it). */
	readonly unitName: string;
	readonly units: readonly UnitSummaries[];
	readonly failures: readonly UnitFailure[];
	/** When the rows were read: figures are judged at this instant. */
	readonly asOf: string;
}

export interface ReportSource {
	readonly kind: 'local' | 'upstream';
	/** A cheap read whose change means the rows changed (the screen re-reads). */
	readonly stamp: () => Promise<unknown>;
	read(period: Period, progress?: (unitName: string) => void): Promise<ReportRead>;
}

/** This device's own commune, from its read model; re-read whenever the projector writes rows. */
export function localReport(): ReportSource {
	return {
		kind: 'local',
		stamp: dossiersStamp,
		async read(period) {
			const asOf = new Date().toISOString();
			const code = getRuntime().device.commune_code ?? '';
			const [unit, rows] = await Promise.all([
				unitRecord(code),
				reportRows(reportStart(period), reportEnd(period))
			]);
			const name = unit?.agency_name ?? unit?.name ?? '';
			return { unitName: name, units: [{ code, name, summaries: rows }], failures: [], asOf };
		}
	};
}

/**
 * Every commune of the catalog, read upstream with the upstream account. A commune's documents
 * cover every period: they are read once and kept in memory for the page, never stored.
 */
export function upstreamReport(creds: Credentials): ReportSource {
	let cached: Promise<Omit<ReportRead, 'asOf'>> | null = null;
	async function readAll(progress?: (unitName: string) => void) {
		// The fold and the document schemas come with the upstream report, not with the first page.
		const { readCommune } = await import('$lib/sync/upstream-report');
		const units: UnitSummaries[] = [];
		const failures: UnitFailure[] = [];
		for (const c of await communes()) {
			progress?.(c.name);
			const r = await readCommune(remoteBase(), c.code, creds);
			if (r.ok)
				units.push({ code: c.code, name: c.name, summaries: r.summaries, digitised: r.digitised });
			else failures.push({ name: c.name, reason: r.reason, status: r.status });
		}
		return { unitName: '', units, failures };
	}
	return {
		kind: 'upstream',
		stamp: async () => 0,
		async read(_period, progress) {
			cached ??= readAll(progress);
			const read = await cached;
			return { ...read, asOf: new Date().toISOString() };
		}
	};
}
