/**
 * A JSON text of a value with object keys sorted, so two equal documents give the same text
 * whatever order their fields arrived in. `_rev` is left out: CouchDB revisions of one document
 * differ between replicas without the content differing.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value, true));
}

function sortKeys(value: unknown, top: boolean): unknown {
	if (Array.isArray(value)) return value.map((v) => sortKeys(v, false));
	if (value === null || typeof value !== 'object') return value;
	const entries = Object.entries(value)
		.filter(([k]) => !(top && k === '_rev'))
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v, false)]));
}
