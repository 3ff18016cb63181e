import { contentOf, stableStringify } from '../provision/json.js';

/** @typedef {import('../provision/couch-client.js').CouchClient} CouchClient */
/**
 * @typedef {{ outcome: 'create' | 'replace' | 'province_fees' | 'keep', doc?: Record<string, any>, unreadable?: boolean }} MergeResult
 * @typedef {(existing: unknown, imported: Record<string, any>, province: string) => MergeResult} Merge
 * @typedef {{ created: string[], replaced: string[], provinceFees: string[], unchanged: string[], kept: string[], problems: string[] }} WriteReport
 */

const BATCH = 200;

/**
 * Writes imported procedures into the upstream catalog the way provisioning seeds it (plain
 * HTTP as a server admin, `_all_docs` then `_bulk_docs` in batches of 200), each merged with the
 * current document by the domain's `mergeImported`, and only where the result differs: a second
 * run of the same file writes nothing. A document deleted upstream is not brought back. The
 * seed's `_local/motcua-seed` is not touched, so a later provisioning keeps what the import wrote
 * (SERVER.md §2, seed mode `update`). With `dryRun` it reads and reports without writing.
 * @param {CouchClient} client
 * @param {string} db
 * @param {Record<string, any>[]} procedures
 * @param {{ province: string, merge: Merge, dryRun?: boolean }} options
 * @returns {Promise<WriteReport>}
 */
export async function writeImported(client, db, procedures, { province, merge, dryRun = false }) {
	/** @type {WriteReport} */
	const report = {
		created: [],
		replaced: [],
		provinceFees: [],
		unchanged: [],
		kept: [],
		problems: []
	};
	/** @type {Record<string, any>[]} */
	const writes = [];
	/** @type {Map<string, 'created' | 'replaced' | 'provinceFees'>} */
	const planned = new Map();
	for (let i = 0; i < procedures.length; i += BATCH) {
		const batch = procedures.slice(i, i + BATCH);
		const res = await client.expect(
			'POST',
			`/${encodeURIComponent(db)}/_all_docs?include_docs=true`,
			{
				keys: batch.map((p) => p._id)
			}
		);
		for (const [j, row] of res.rows.entries()) {
			const imported = batch[j];
			if (!imported) continue;
			if (row.value?.deleted) {
				report.kept.push(imported._id);
				continue;
			}
			const current = row.error === 'not_found' ? undefined : row.doc;
			const merged = merge(current, imported, province);
			if (merged.unreadable) {
				report.problems.push(
					`${imported._id}: bản trong danh mục không đúng lược đồ, giữ nguyên / existing document fails the schema, kept`
				);
			}
			if (!merged.doc) {
				report.kept.push(imported._id);
				continue;
			}
			if (current && stableStringify(contentOf(current)) === stableStringify(merged.doc)) {
				report.unchanged.push(imported._id);
				continue;
			}
			const kind =
				merged.outcome === 'create'
					? 'created'
					: merged.outcome === 'province_fees'
						? 'provinceFees'
						: 'replaced';
			planned.set(imported._id, kind);
			writes.push(current ? { ...merged.doc, _rev: current._rev } : merged.doc);
		}
	}
	if (dryRun) {
		for (const [id, kind] of planned) report[kind].push(id);
		return report;
	}
	for (let i = 0; i < writes.length; i += BATCH) {
		const batch = writes.slice(i, i + BATCH);
		const results = await client.expect('POST', `/${encodeURIComponent(db)}/_bulk_docs`, {
			docs: batch
		});
		for (const result of results) {
			if (result.error) {
				report.problems.push(`${result.id}: ${result.error} ${result.reason ?? ''}`.trim());
				continue;
			}
			const kind = planned.get(result.id);
			if (kind) report[kind].push(result.id);
		}
	}
	return report;
}
