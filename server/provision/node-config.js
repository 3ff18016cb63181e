/** @typedef {import('./couch-client.js').CouchClient} CouchClient */
/** @typedef {[section: string, key: string, value: string, list: boolean]} NodeSetting */

/** @param {string} value */
function items(value) {
	return value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * Sets server configuration through `/_node/_local/_config` (CouchDB 3.x; the embedded server
 * maps the same path), comparing before it writes. List values are merged with what is
 * configured: nothing an operator set is removed.
 * @param {CouchClient} client authenticated as a server admin
 * @param {NodeSetting[]} settings
 * @returns {Promise<{ updated: number, unchanged: number }>}
 */
export async function ensureNodeConfig(client, settings) {
	const report = { updated: 0, unchanged: 0 };
	for (const [section, key, value, isList] of settings) {
		const path = `/_node/_local/_config/${section}/${key}`;
		const res = await client.request('GET', path);
		if (res.status !== 200 && res.status !== 404) throw new Error(`GET ${path} → ${res.status}`);
		const current = res.status === 200 ? String(res.body) : '';
		let next = value;
		if (isList) {
			const have = items(current);
			const lower = have.map((s) => s.toLowerCase());
			const add = items(value).filter((v) => !lower.includes(v.toLowerCase()));
			next = [...have, ...add].join(', ');
		}
		if (items(next).join(',') === items(current).join(',')) {
			report.unchanged += 1;
			continue;
		}
		await client.expect('PUT', path, next);
		report.updated += 1;
	}
	return report;
}
