import { CalendarYear } from '$lib/domain/schemas/calendar';
import { Procedure } from '$lib/domain/schemas/procedure';
import { AdminUnit } from '$lib/domain/schemas/unit';
import type { Skipped } from '$lib/db/store';
import type { LocalDb } from '$lib/db/store';
import type { CatalogSource, ReadModelDb } from './tables';
import { recordSkipped } from './skipped-docs';

const SOURCE_KEY = 'catalog.source';
/** What the read model's catalog was built from: skip the work when nothing changed. */
const STAMP_KEY = 'catalog.stamp';

interface Sorted {
	procedures: Procedure[];
	calendars: CalendarYear[];
	units: AdminUnit[];
	skipped: Skipped[];
}

/** Parses catalog documents by type; anything malformed is skipped and reported. */
export function sortCatalog(docs: readonly unknown[]): Sorted {
	const out: Sorted = { procedures: [], calendars: [], units: [], skipped: [] };
	for (const doc of docs) {
		const d = doc as { _id?: unknown; type?: unknown; _deleted?: unknown };
		const id = typeof d._id === 'string' ? d._id : '(không có _id)';
		if (id.startsWith('_design/') || d._deleted) continue;
		const schema =
			d.type === 'procedure'
				? Procedure
				: d.type === 'calendar'
					? CalendarYear
					: d.type === 'unit'
						? AdminUnit
						: undefined;
		if (!schema) {
			out.skipped.push({ id, reason: `unknown type ${String(d.type)}` });
			continue;
		}
		const parsed = schema.safeParse(doc);
		if (!parsed.success) {
			out.skipped.push({ id, reason: parsed.error.issues[0]?.message ?? 'invalid' });
			continue;
		}
		if (d.type === 'procedure') out.procedures.push(parsed.data as Procedure);
		else if (d.type === 'calendar') out.calendars.push(parsed.data as CalendarYear);
		else out.units.push(parsed.data as AdminUnit);
	}
	return out;
}

/**
 * Loads the catalog into the read model: from the local `catalog` database (replicated down from
 * upstream) when it holds anything, otherwise from the catalog bundled with the app. The whole
 * catalog is a few hundred documents, so it is replaced as a whole in one transaction.
 */
export async function projectCatalog(
	catalog: LocalDb,
	read: ReadModelDb,
	now: () => string,
	/** The app build: a new build may ship a new bundled catalog, so it is projected again. */
	bundleVersion = 'dev'
): Promise<CatalogSource> {
	const info = await catalog.info();
	const source: CatalogSource = info.doc_count > 0 ? 'upstream' : 'bundled';
	const stamp =
		source === 'upstream' ? `upstream:${String(info.update_seq)}` : `bundled:${bundleVersion}`;
	const previous = await read.meta.get(STAMP_KEY);
	if (previous?.value === stamp && (await read.procedures.count()) > 0) return source;
	const upstreamDocs =
		source === 'upstream'
			? (await catalog.allDocs({ include_docs: true })).rows
					.map((r) => r.doc)
					.filter((d) => d !== undefined)
			: [];
	// The bundled catalog is loaded only when needed, so it stays out of the first page's JS.
	const docs = source === 'upstream' ? upstreamDocs : (await import('$lib/seed')).bundledCatalog;
	const sorted = sortCatalog(docs);
	// A year may come in two versions: the higher one wins (put last).
	const calendars = [...sorted.calendars].sort((a, b) => a.version - b.version);
	await read.transaction(
		'rw',
		[read.procedures, read.calendars, read.units, read.meta],
		async () => {
			await Promise.all([read.procedures.clear(), read.calendars.clear(), read.units.clear()]);
			await read.procedures.bulkPut(sorted.procedures);
			await read.calendars.bulkPut(calendars);
			await read.units.bulkPut(sorted.units);
			await read.meta.bulkPut([
				{ key: SOURCE_KEY, value: source },
				{ key: STAMP_KEY, value: stamp }
			]);
		}
	);
	await recordSkipped(read, sorted.skipped, now());
	return source;
}
