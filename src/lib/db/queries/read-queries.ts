import type { CalendarYear } from '$lib/domain/schemas/calendar';
import type { Procedure } from '$lib/domain/schemas/procedure';
import type { AdminUnit } from '$lib/domain/schemas/unit';
import type { DossierRow, ProblemRow } from '$lib/db/read-model';
import { reportRows as readReportRows } from './report-query';
import type { ReportRow } from '$lib/domain/reports/summary';
import Dexie from 'dexie';
import {
	CHECKPOINT_KEY,
	codeOfSearchId,
	openRow,
	openRows,
	termKey,
	termRange
} from '$lib/db/read-model';
import { getRuntime } from '$lib/db/runtime';
import {
	trackingPage,
	trackingTotal,
	type TrackingFilter,
	type TrackingPage
} from './tracking-query';

export type { DossierRow, TrackingFilter, TrackingPage };

/**
 * Named read-model queries: the only way screens read data (through `live`). Each is a plain
 * async function over Dexie, so liveQuery can track what it reads.
 */

export async function catalogSummary(): Promise<{ procedures: number; calendarYears: number[] }> {
	const { read } = getRuntime();
	const [procedures, years] = await Promise.all([
		read.procedures.count(),
		read.calendars.toCollection().primaryKeys()
	]);
	return { procedures, calendarYears: [...years].sort((a, b) => a - b) };
}

/** The communes a device can serve (from the catalog's administrative units). */
export async function communes(): Promise<{ code: string; name: string; agency_name: string }[]> {
	const { read } = getRuntime();
	const units = await read.units.toArray();
	return units
		.map((u) => ({ code: u.code, name: u.name, agency_name: u.agency_name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The tracking-book line of one dossier, or undefined. */
export async function dossierRow(code: string): Promise<DossierRow | undefined> {
	const row = await getRuntime().read.dossiers.get(code);
	return row && openRow(row);
}

/** One page of the tracking book (see `TrackingFilter`). */
export async function trackingBook(
	filter: TrackingFilter,
	offset: number,
	limit: number,
	/** Rows first, the count later through `trackingBookTotal` (`counted` false). */
	deferCount = false
): Promise<TrackingPage> {
	const start = performance.now();
	const page = await trackingPage(getRuntime().read, filter, offset, limit, deferCount);
	// Only the page's rows are opened (issue 19): at most `limit` decryptions.
	const rows = await openRows(page.rows);
	performance.measure('motcua:book-query', { start }); // read by `npm run bench`
	return { ...page, rows };
}

/**
 * How many dossiers match `filter`: what a search's page leaves uncounted (`counted` false), read
 * by the book after its rows are on screen.
 */
export async function trackingBookTotal(filter: TrackingFilter): Promise<number> {
	const start = performance.now();
	const total = await trackingTotal(getRuntime().read, filter);
	performance.measure('motcua:book-count', { start });
	return total;
}

/** The catalog's procedures, by field then name (for the catalog screen and the intake picker). */
export async function procedures(): Promise<Procedure[]> {
	const all = await getRuntime().read.procedures.toArray();
	return all.sort(
		(a, b) => a.field.name.localeCompare(b.field.name, 'vi') || a.name.localeCompare(b.name, 'vi')
	);
}

/** The working calendars the device holds (for appointment previews). */
export async function calendars(): Promise<CalendarYear[]> {
	return getRuntime().read.calendars.toArray();
}

/** Documents replication brought that could not be used: skipped, shown on the status screen. */
export async function problems(): Promise<ProblemRow[]> {
	return getRuntime().read.problems.toArray();
}

/** The administrative unit record of a commune (names and agency code for the forms). */
export async function unitRecord(code: string): Promise<AdminUnit | undefined> {
	return getRuntime().read.units.get(code);
}

/** How many dossiers the device's tracking book holds. */
export async function dossierCount(): Promise<number> {
	return getRuntime().read.dossiers.count();
}

/** Every line of the tracking book that matches `filter`, in due-date order (for the export). */
export async function trackingBookAll(filter: TrackingFilter): Promise<DossierRow[]> {
	return openRows((await trackingPage(getRuntime().read, filter, 0, Number.MAX_SAFE_INTEGER)).rows);
}

/**
 * Changes whenever tracking-book rows are written: the projector's checkpoint, written in the
 * same transaction as every batch of rows (a rebuild writes it when it ends; a commune switch
 * deletes it). The stamp `liveBulk` observes: one key, where counting 20,000 rows took 45 ms.
 */
export async function dossiersStamp(): Promise<unknown> {
	return (await getRuntime().read.meta.get(CHECKPOINT_KEY))?.value;
}

/**
 * The report rows a report over the Vietnam dates `from` … `to` needs: received in the months it
 * touches, or carried into them from before (see `report-query.ts`).
 */
export async function reportRows(from: string, to: string): Promise<ReportRow[]> {
	return readReportRows(getRuntime().read, from, to);
}

/**
 * The code of the dossier whose public token this is (a scanned receipt QR, issue 16): the token
 * is one of the book row's search terms, folded to lower case.
 */
export async function dossierCodeByToken(token: string): Promise<string | undefined> {
	const [lower, upper] = termRange(await Dexie.waitFor(termKey(token.toLowerCase())));
	const codes = await getRuntime()
		.read.search.where('keys')
		.between(lower, upper, true, false)
		.limit(1)
		.primaryKeys();
	return codes[0] === undefined ? undefined : codeOfSearchId(codes[0]);
}
