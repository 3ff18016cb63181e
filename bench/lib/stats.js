/**
 * Nearest-rank quantile: with few runs p95 is the slowest run, which is the honest reading.
 * @param {readonly number[]} values
 * @param {number} q between 0 and 1
 * @returns {number}
 */
export function quantile(values, q) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return /** @type {number} */ (
		sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))]
	);
}

/**
 * Median and p95 of a series of milliseconds, formatted for the table.
 * @param {readonly number[]} values
 */
export function medianP95(values) {
	return { median: quantile(values, 0.5), p95: quantile(values, 0.95), runs: values.length };
}
