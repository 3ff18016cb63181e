import fs from 'node:fs';
import path from 'node:path';

/**
 * The catalog seed files (JSON arrays of documents with `_id`), written by the domain team.
 * `procedures-commune.json` (issue 18 point 7: the commune-level records of the national
 * procedure database, built by scripts/seed/build-commune-seed.js) is seeded upstream only, not
 * bundled into the app: devices receive it by replicating the catalog.
 */
export const SEED_FILES = [
	'procedures.json',
	'procedures-commune.json',
	'calendars.json',
	'units.json',
	'agencies.json'
];

/**
 * Loads whatever seed files exist. A missing file is normal while the catalog is being
 * written; an unreadable one is reported, never fatal, so `npm start` still serves.
 * @param {string} dir
 * @returns {{ docs: Record<string, any>[], units: Record<string, any>[], warnings: string[] }}
 */
export function loadSeedDocs(dir) {
	/** @type {Record<string, any>[]} */
	const docs = [];
	/** @type {Record<string, any>[]} */
	let units = [];
	/** @type {string[]} */
	const warnings = [];
	for (const file of SEED_FILES) {
		const full = path.join(dir, file);
		if (!fs.existsSync(full)) continue;
		let data;
		try {
			data = JSON.parse(fs.readFileSync(full, 'utf8'));
		} catch (err) {
			warnings.push(`${file}: not valid JSON (${/** @type {Error} */ (err).message})`);
			continue;
		}
		const items = Array.isArray(data) ? data : Array.isArray(data?.docs) ? data.docs : null;
		if (!items) {
			warnings.push(`${file}: expected a JSON array of documents`);
			continue;
		}
		const valid = items.filter(
			(/** @type {any} */ d) => d && typeof d === 'object' && typeof d._id === 'string'
		);
		if (valid.length < items.length) {
			warnings.push(`${file}: ${items.length - valid.length} entries without an _id skipped`);
		}
		docs.push(...valid);
		if (file === 'units.json') units = valid;
	}
	return { docs, units, warnings };
}
