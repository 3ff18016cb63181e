/**
 * JSON with object keys sorted at every level, so two documents compare equal whatever order
 * their fields were written in.
 * @param {unknown} value
 * @returns {string}
 */
export function stableStringify(value) {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
	const record = /** @type {Record<string, unknown>} */ (value);
	const keys = Object.keys(record)
		.filter((k) => record[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(record[k])}`).join(',')}}`;
}

/**
 * A document's content without CouchDB's revision bookkeeping.
 * @param {Record<string, unknown>} doc
 */
export function contentOf(doc) {
	const rest = { ...doc };
	for (const key of ['_rev', '_revisions', '_conflicts']) delete rest[key];
	return rest;
}

/** @returns {{ created: number, updated: number, unchanged: number }} */
export function tally() {
	return { created: 0, updated: 0, unchanged: 0 };
}
