import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { intake } from '$lib/app/dossier/intake';
import { record } from '$lib/app/dossier/record';
import { resolve } from '$lib/domain/commands';
import { toDossierRow } from '$lib/db/read-model/dossier-row';
import { reportTables } from '$lib/db/read-model/book-rows';
import { openReadModel, type DossierRow, type ReadModelDb } from '$lib/db/read-model/tables';
import { chunkOf, writeReportRows } from '$lib/db/read-model/report-chunks';
import { packReportRow, unpackReportRow } from '$lib/db/read-model/report-pack';
import { ReportRow } from '$lib/domain/reports';
import { stopRuntime, type Runtime } from '$lib/db/runtime';
import { foldDossier } from '$lib/domain/fold/fold-dossier';
import {
	buildReport,
	customPeriod,
	monthPeriod,
	quarterPeriod,
	reportEnd,
	reportRow,
	reportStart,
	yearPeriod
} from '$lib/domain/reports';
import { reportRows } from '$lib/db/queries/report-query';
import { randomReportRows } from '../../builders/report-row';
import { buildDossier, intakeForm } from '../../builders/dossier';
import { freshDevice, freshIndexedDb } from './harness';
import { READ_MODEL_V2 } from '../../builders/read-model-v2';

afterEach(async () => {
	await stopRuntime();
});

/** Three tracking-book rows received on three days, as version 2 of the read model held them. */
function bookRows(): DossierRow[] {
	return [7, 8, 9].map((day) =>
		toDossierRow(
			foldDossier(
				buildDossier({}, { now: `2025-07-0${day}T02:00:00.000Z`, usedSeqsForDate: () => [] }),
				[]
			)
		)
	);
}

/** The read model as version 2 declared it: the schema a device updated from holds. */
function versionTwo(): Dexie {
	const db = new Dexie('motcua-read');
	db.version(2).stores(READ_MODEL_V2);
	return db;
}

const byCode = <T extends { code: string }>(rows: T[]) =>
	[...rows].sort((a, b) => a.code.localeCompare(b.code));

/** Every report row in the month records, each once. */
async function reportRowsStored(read: ReadModelDb) {
	return byCode((await read.reportChunks.toArray()).flatMap((m) => m.rows.map(unpackReportRow)));
}

const NEXT_DAY = '2026-03-13T03:00:00.000Z';

async function mirrored(rt: Runtime): Promise<void> {
	const book = await rt.read.dossiers.toArray();
	expect(book.length).toBeGreaterThan(0);
	expect(await reportRowsStored(rt.read)).toEqual(byCode(book.map(reportRow)));
	const open = book.filter((r) => r.closed_at === '').map((r) => r.code);
	const carried = await rt.read.reportCarried.toArray();
	expect(carried.map((r) => r.code).sort()).toEqual(open.sort());
}

describe('the lean report table beside the tracking book', () => {
	it('an update from version 2 ends at version 5: clear rows dropped, the projector rewound', async () => {
		freshIndexedDb();
		const rows = bookRows();
		const old = versionTwo();
		await old.table('dossiers').bulkPut(rows);
		await old.table('meta').put({ key: 'projector.since', value: 42 });
		old.close();

		// Version 3 copied the rows into the report table; version 5 (issue 19) drops every row
		// that holds names in clear, and the projector folds them again, sealed, from PouchDB.
		const read = openReadModel();
		expect(await reportRowsStored(read)).toHaveLength(0);
		expect(await read.dossiers.count()).toBe(0);
		expect(await read.meta.get('projector.since')).toBeUndefined();
		expect(read.dossiers.schema.idxByName['closed_at']).toBeUndefined();
		read.close();
	});

	it('the projector and the repair action write a report row for every book row', async () => {
		const rt = await freshDevice();
		for (let i = 0; i < 3; i++) {
			const r = await intake(rt, intakeForm(), `2026-03-1${i}T02:00:00.000Z`);
			expect(r.ok).toBe(true);
		}
		await rt.projector?.catchUp();
		await mirrored(rt);
		// Resolved the same day: its row is replaced, not added, and it leaves the carried table.
		const [first] = await rt.read.dossiers.toArray();
		const done = await record(rt, first?.code ?? '', resolve, { outcome: 'approved' }, NEXT_DAY);
		expect(done.ok).toBe(true);
		await rt.projector?.catchUp();
		await mirrored(rt);
		expect(await rt.read.reportCarried.count()).toBe(2);

		await rt.read.reportChunks.clear();
		await rt.projector?.rebuild();
		await mirrored(rt);
	});
});

describe('the report query reads every row a report needs', () => {
	it('the report from the query equals the report from every row, for any period', async () => {
		freshIndexedDb();
		const read = openReadModel();
		// Two years of dossiers: each period has some received before, during and after it, some
		// carried in, some still open.
		const all = randomReportRows(4000, '2024-09-01', 700, 11);
		await read.transaction('rw', read.reportChunks, read.reportCarried, () =>
			writeReportRows(reportTables(read), all)
		);
		expect(await read.reportCarried.count()).toBeLessThan(all.length);
		const now = '2026-07-15T03:00:00.000Z';
		for (const period of [
			yearPeriod(2025),
			quarterPeriod(2025, 3),
			monthPeriod(2025, 1),
			monthPeriod(2026, 6),
			customPeriod('2025-03-17', '2025-04-09')
		]) {
			const rows = await reportRows(read, reportStart(period), reportEnd(period));
			expect(rows.length).toBeLessThan(all.length);
			const report = buildReport(rows, period, now);
			expect(report.totals.carried).toBeGreaterThan(0);
			expect(report).toEqual(buildReport(all, period, now));
		}
		// A range that does not start on the first of a month: the same totals too.
		const mid = customPeriod('2025-03-17', '2025-04-09');
		const rows = await reportRows(read, mid.from, mid.to);
		expect(buildReport(rows, mid, now).totals).toEqual(buildReport(all, mid, now).totals);
		read.close();
	});
});

describe('a report row packed into its month record', () => {
	it('unpacks to the same row, with exactly the fields of ReportRow', () => {
		const rows = randomReportRows(200, '2025-01-01', 365, 3);
		expect(rows.map((r) => unpackReportRow(packReportRow(r)))).toEqual(rows);
		const first = rows.find((r) => r.chain);
		expect(Object.keys(unpackReportRow(packReportRow(first as ReportRow))).sort()).toEqual(
			Object.keys(ReportRow.shape).sort()
		);
	});
});

describe('report chunks: ten days of receipt per record', () => {
	it('days 1–10, 11–20 and 21 to the end of the month', () => {
		expect(
			['2025-02-01', '2025-02-10', '2025-02-11', '2025-02-20', '2025-02-21', '2025-02-28'].map(
				chunkOf
			)
		).toEqual(['2025-02-1', '2025-02-1', '2025-02-2', '2025-02-2', '2025-02-3', '2025-02-3']);
	});
});
