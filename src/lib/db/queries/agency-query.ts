import { UpstreamUnit } from '$lib/domain/schemas/upstream-unit';
import { getRuntime } from '$lib/db/runtime';

/**
 * The upstream units of the catalog (`agency:<code>`, issue 17), read from the device's catalog
 * database as replicated down, or from the bundled seed before the first sync. Malformed ones
 * are left out (the catalog projector reports catalog problems).
 */
export async function upstreamUnits(): Promise<UpstreamUnit[]> {
	const { catalog } = getRuntime();
	const res = await catalog.allDocs({
		include_docs: true,
		startkey: 'agency:',
		endkey: 'agency:\ufff0'
	});
	const info = await catalog.info();
	const docs =
		info.doc_count > 0 ? res.rows.map((r) => r.doc) : (await import('$lib/seed')).bundledAgencies;
	return docs
		.flatMap((d) => {
			const parsed = UpstreamUnit.safeParse(d);
			return parsed.success ? [parsed.data] : [];
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** One upstream unit by code, or undefined. */
export async function upstreamUnit(code: string): Promise<UpstreamUnit | undefined> {
	return (await upstreamUnits()).find((u) => u.code === code);
}
