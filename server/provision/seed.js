import validateCatalog from '../design/validate-catalog.js';
import { docPath } from './couch-client.js';
import { contentOf, stableStringify } from './json.js';

/** @typedef {import('./couch-client.js').CouchClient} CouchClient */

/**
 * How seeding treats a catalog document that exists and differs from its seed:
 * - `update` (default): replace it only if nobody edited it since the seed last wrote it (the
 *   upstream office edits fees and calendars; a restart or re-run must not undo that);
 * - `overwrite`: always replace it;
 * - `missing`: only create documents that do not exist;
 * - `none`: do not seed.
 * @typedef {'update' | 'overwrite' | 'missing' | 'none'} SeedMode
 * @typedef {{ created: number, updated: number, unchanged: number, kept: number, rejected: number, problems: string[] }} SeedReport
 */

/**
 * The revision the seed wrote for each document lives in a `_local` document: it never
 * replicates to communes and is not a catalog document.
 */
const SEED_STATE_ID = '_local/motcua-seed';
const BATCH = 200;

/**
 * Puts the seed documents that differ from the catalog's. Documents the catalog's own
 * validate function would refuse are skipped and reported, so one bad entry cannot block the
 * rest. Idempotent: a second run writes nothing.
 * @param {CouchClient} client
 * @param {string} db
 * @param {Record<string, any>[]} seedDocs
 * @param {SeedMode} mode
 * @returns {Promise<SeedReport>}
 */
export async function seedCatalog(client, db, seedDocs, mode) {
	/** @type {SeedReport} */
	const report = { created: 0, updated: 0, unchanged: 0, kept: 0, rejected: 0, problems: [] };
	if (mode === 'none' || seedDocs.length === 0) return report;

	/** @type {Map<string, Record<string, any>>} */
	const wanted = new Map();
	for (const doc of seedDocs) {
		try {
			validateCatalog(doc, null, { db, name: 'provision', roles: ['upstream'] }, {});
			wanted.set(doc._id, doc);
		} catch (err) {
			report.rejected += 1;
			const reason = /** @type {any} */ (err)?.forbidden ?? String(err);
			report.problems.push(`${doc._id}: ${reason}`);
		}
	}

	const statePath = docPath(db, SEED_STATE_ID);
	const stateRes = await client.request('GET', statePath);
	const state = stateRes.status === 200 ? stateRes.body : { _id: SEED_STATE_ID, revs: {} };
	/** @type {Record<string, string>} */
	const seededRevs = { ...state.revs };
	let stateChanged = false;

	/** @type {Record<string, any>[]} */
	const writes = [];
	const ids = [...wanted.keys()];
	for (let i = 0; i < ids.length; i += BATCH) {
		const keys = ids.slice(i, i + BATCH);
		const res = await client.expect(
			'POST',
			`/${encodeURIComponent(db)}/_all_docs?include_docs=true`,
			{
				keys
			}
		);
		for (const row of res.rows) {
			const seed = /** @type {Record<string, any>} */ (wanted.get(row.key));
			if (row.error === 'not_found') {
				writes.push(contentOf(seed));
				continue;
			}
			if (row.value?.deleted || !row.doc) {
				// Deleted upstream on purpose: never resurrect it, except when told to.
				if (mode === 'overwrite') writes.push({ ...contentOf(seed), _rev: row.value.rev });
				else report.kept += 1;
				continue;
			}
			const current = row.doc;
			if (stableStringify(contentOf(current)) === stableStringify(contentOf(seed))) {
				report.unchanged += 1;
				if (seededRevs[seed._id] !== current._rev) {
					seededRevs[seed._id] = current._rev;
					stateChanged = true;
				}
				continue;
			}
			const untouched = seededRevs[seed._id] === current._rev;
			if (mode === 'overwrite' || (mode === 'update' && untouched)) {
				writes.push({ ...contentOf(seed), _rev: current._rev });
			} else {
				report.kept += 1;
			}
		}
	}

	for (let i = 0; i < writes.length; i += BATCH) {
		const batch = writes.slice(i, i + BATCH);
		const results = await client.expect('POST', `/${encodeURIComponent(db)}/_bulk_docs`, {
			docs: batch
		});
		// Results are matched by id: express-pouchdb's validation wrapper reorders them.
		for (const result of results) {
			const sent = batch.find((d) => d._id === result.id);
			if (result.error) {
				report.problems.push(`${result.id}: ${result.error} ${result.reason ?? ''}`.trim());
				continue;
			}
			if (sent?._rev) report.updated += 1;
			else report.created += 1;
			seededRevs[result.id] = result.rev;
			stateChanged = true;
		}
	}

	if (stateChanged) {
		await client.expect('PUT', statePath, { ...state, revs: seededRevs });
	}
	return report;
}
