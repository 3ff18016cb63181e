import fs from 'node:fs';

/**
 * @typedef {{ code: string, name: string, agency_code?: string }} Commune
 */

/**
 * Used until src/lib/seed/units.json exists: obviously fictitious codes (no real commune code
 * starts with 999), so demo data is never mistaken for a real commune's.
 * @type {Commune[]}
 */
export const FALLBACK_COMMUNES = [
	{ code: '99901', name: 'Xã Mẫu Một (demo)' },
	{ code: '99902', name: 'Xã Mẫu Hai (demo)' }
];

/** Database names and role names embed the code: keep it to what CouchDB allows in both. */
const CODE = /^[a-z0-9][a-z0-9_-]*$/;

/** @param {string} code */
export function assertCommuneCode(code) {
	if (!CODE.test(code))
		throw new Error(`Invalid commune code "${code}" (lowercase letters, digits, - and _)`);
	return code;
}

/**
 * Communes among the catalog's unit documents (`{ _id: 'unit:<code>', type: 'unit', code, name,
 * agency_code }`). Commune-level units have 5-digit codes (Decision 19/2025/QĐ-TTg); provinces
 * have 2.
 * @param {unknown[]} units
 * @returns {Commune[]}
 */
export function communesFromUnits(units) {
	/** @type {Commune[]} */
	const communes = [];
	for (const unit of units) {
		if (!unit || typeof unit !== 'object') continue;
		const u = /** @type {Record<string, unknown>} */ (unit);
		const code = typeof u.code === 'string' ? u.code : String(u._id ?? '').replace(/^unit:/, '');
		if (u.type !== undefined && u.type !== 'unit') continue;
		if (!/^\d{5}$/.test(code)) continue;
		/** @type {Commune} */
		const commune = { code, name: typeof u.name === 'string' ? u.name : code };
		if (typeof u.agency_code === 'string') commune.agency_code = u.agency_code;
		communes.push(commune);
	}
	return communes;
}

/**
 * `--communes`: a JSON file (an array of unit documents, `{ code, name }` objects or codes) or a
 * comma-separated list of codes.
 * @param {string} arg
 * @returns {Commune[]}
 */
export function parseCommunesArg(arg) {
	if (fs.existsSync(arg)) {
		const data = JSON.parse(fs.readFileSync(arg, 'utf8'));
		const items = Array.isArray(data) ? data : Array.isArray(data?.docs) ? data.docs : [];
		return items.map((/** @type {unknown} */ item) => {
			if (typeof item === 'string') return { code: assertCommuneCode(item), name: item };
			const u = /** @type {Record<string, unknown>} */ (item ?? {});
			const code = String(u.code ?? String(u._id ?? '').replace(/^unit:/, ''));
			return { code: assertCommuneCode(code), name: typeof u.name === 'string' ? u.name : code };
		});
	}
	return arg
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((code) => ({ code: assertCommuneCode(code), name: code }));
}
