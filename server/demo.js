import { FALLBACK_COMMUNES, communesFromUnits } from './provision/communes.js';
import { createCouchClient } from './provision/couch-client.js';
import { loadSeedDocs } from './provision/seed-files.js';
import { STATUS_READER_USER, provision } from './provision/provision.js';

/**
 * @typedef {import('./provision/couch-client.js').Credentials} Credentials
 * @typedef {import('./provision/provision.js').ProvisionReport} ProvisionReport
 */

/**
 * The demo upstream `npm start` provisions on its own embedded server, over HTTP like
 * `npm run provision`: the first two communes of the seed's unit list (fictitious ones until
 * src/lib/seed/units.json exists), their users and the upstream user, all with the demo
 * password (reset at start if it was changed), and the catalog seed.
 * @param {{ couchUrl: string, admin: Credentials, demoPassword: string, seedDir: string, corsOrigin?: string | null }} options
 * @returns {Promise<{ report: ProvisionReport, warnings: string[] }>}
 */
export async function provisionDemo({ couchUrl, admin, demoPassword, seedDir, corsOrigin = null }) {
	const seed = loadSeedDocs(seedDir);
	const fromUnits = communesFromUnits(seed.units).slice(0, 2);
	const communes = fromUnits.length === 2 ? fromUnits : FALLBACK_COMMUNES;
	const warnings = [...seed.warnings];
	if (fromUnits.length < 2) {
		warnings.push(
			'no two communes in src/lib/seed/units.json yet: using fictitious communes 99901, 99902'
		);
	}
	const report = await provision(createCouchClient(couchUrl, admin), {
		communes,
		passwordFor: () => demoPassword,
		enforcePasswords: true,
		seedDocs: seed.docs,
		seedMode: 'update',
		corsOrigin
	});
	return { report, warnings };
}

/** ` (unit <code>)` for an upstream unit's user (issue 17). @param {string[]} roles */
function unitOf(roles) {
	const role = roles.find((r) => r.startsWith('agency:'));
	return role ? `, đơn vị / unit ${role.slice('agency:'.length)}` : '';
}

/**
 * The logins block `npm start` prints.
 * @param {ProvisionReport} report
 * @param {Credentials} admin
 * @param {string} couchUrl
 */
export function formatLogins(report, admin, couchUrl) {
	const lines = ['Tài khoản (demo) / logins:'];
	for (const login of report.logins) {
		const who = login.commune
			? `${login.commune.name} (${login.commune.code}) → commune-${login.commune.code}`
			: login.name === STATUS_READER_USER
				? 'tra cứu công khai / public status lookup → reads status-<code> (no login)'
				: `cấp trên / upstream office${unitOf(login.roles)} → every commune, writes the catalog`;
		lines.push(
			`  ${login.name.padEnd(16)} ${String(login.password ?? '(unchanged)').padEnd(14)} ${who}`
		);
	}
	lines.push(
		`  ${admin.name.padEnd(16)} ${admin.password.padEnd(14)} CouchDB server admin (${couchUrl}/_utils)`
	);
	return lines.join('\n');
}
