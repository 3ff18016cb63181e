import { ensureCors } from './cors.js';
import {
	ensureDatabase,
	ensureDesignDoc,
	ensureSecurity,
	ensureTransferIndex,
	probeStatusPrivacy,
	probeValidation
} from './databases.js';
import { tally } from './json.js';
import { ensureRequestLimits } from './request-limits.js';
import { seedCatalog } from './seed.js';
import { ensureUser } from './users.js';
import { ensureOwnPasswordChange } from './own-password.js';

/**
 * @typedef {import('./couch-client.js').CouchClient} CouchClient
 * @typedef {import('./communes.js').Commune} Commune
 * @typedef {import('./seed.js').SeedMode} SeedMode
 * @typedef {import('./users.js').UserResult} UserResult
 * @typedef {{
 *   communes: Commune[],
 *   passwordFor: (user: string) => string,
 *   enforcePasswords?: boolean,
 *   upstreamUser?: string,
 *   upstreamUnit?: string | null,
 *   seedDocs?: Record<string, any>[],
 *   seedMode?: SeedMode,
 *   corsOrigin?: string | null
 * }} ProvisionPlan
 * @typedef {{ created: number, updated: number, unchanged: number }} Tally
 * @typedef {{
 *   databases: Tally, security: Tally, design: Tally, users: Tally,
 *   seed: import('./seed.js').SeedReport, limits: Tally, accounts: Tally, cors: Tally | null,
 *   logins: Array<UserResult & { commune: Commune | null }>
 * }} ProvisionReport
 */

export const CATALOG_DB = 'catalog';
export const UPSTREAM_ROLE = 'upstream';

/** The role of an upstream unit's officers (issue 17). @param {string} code */
export const agencyRole = (code) => `agency:${code}`;
/** The user of an upstream unit. @param {string} code */
export const agencyUser = (code) => `agency-${code}`;
/**
 * The account the app server or reverse proxy reads public statuses with (docs/DEPLOY.md §4): a
 * member of every `status-<code>` database and of nothing else, refused every write.
 */
export const STATUS_READER_ROLE = 'status-reader';
export const STATUS_READER_USER = 'status-reader';

/** @param {string} code */
export const communeDb = (code) => `commune-${code}`;
/** Document photos and scans of a commune (issue 9), apart from its records. @param {string} code */
export const mediaDb = (code) => `media-${code}`;
/** The public status of a commune's dossiers, read by id only (issue 16). @param {string} code */
export const statusDb = (code) => `status-${code}`;
/** @param {string} code */
export const communeRole = (code) => `commune:${code}`;
/** @param {string} code */
export const communeUser = (code) => `officer-${code}`;

/**
 * Sets up a CouchDB 3.x server (or the embedded one) for MotCua, over plain HTTP as a server
 * admin: system databases, `catalog`, one `commune-<code>` and one `media-<code>` per commune,
 * their `_security`
 * and `_design/motcua`, one user per commune and one upstream user, the catalog seed and,
 * when asked, CORS. Every step compares before it writes, so a second run reports only
 * "unchanged".
 * @param {CouchClient} client authenticated as a server admin
 * @param {ProvisionPlan} plan
 * @returns {Promise<ProvisionReport>}
 */
export async function provision(client, plan) {
	const upstreamUser = plan.upstreamUser ?? 'upstream';
	const communeRoles = plan.communes.map((c) => communeRole(c.code));
	/** @type {ProvisionReport} */
	const report = {
		databases: tally(),
		security: tally(),
		design: tally(),
		users: tally(),
		seed: { created: 0, updated: 0, unchanged: 0, kept: 0, rejected: 0, problems: [] },
		limits: tally(),
		accounts: tally(),
		cors: null,
		logins: []
	};

	// CouchDB 3 ships without `_users` and `_replicator` until set up; logins need `_users`.
	for (const db of ['_users', '_replicator'])
		report.databases[await ensureDatabase(client, db)] += 1;

	/** @type {Array<{ db: string, kind: import('../design/design-docs.js').DesignKind, members: string[], commune?: string }>} */
	const databases = [
		{ db: CATALOG_DB, kind: 'catalog', members: [UPSTREAM_ROLE, ...communeRoles] },
		...plan.communes.map((c) => ({
			db: communeDb(c.code),
			kind: /** @type {const} */ ('commune'),
			members: [communeRole(c.code), UPSTREAM_ROLE]
		})),
		...plan.communes.map((c) => ({
			db: mediaDb(c.code),
			kind: /** @type {const} */ ('commune'),
			members: [communeRole(c.code), UPSTREAM_ROLE]
		})),
		...plan.communes.map((c) => ({
			db: statusDb(c.code),
			kind: /** @type {const} */ ('status'),
			members: [communeRole(c.code), UPSTREAM_ROLE, STATUS_READER_ROLE],
			commune: c.code
		}))
	];
	for (const { db, kind, members, commune } of databases) {
		report.databases[await ensureDatabase(client, db)] += 1;
		const security = {
			members: { names: [], roles: members },
			admins: { names: [], roles: ['_admin'] }
		};
		report.security[await ensureSecurity(client, db, security)] += 1;
		report.design[await ensureDesignDoc(client, db, kind)] += 1;
		if (db.startsWith('commune-')) report.design[await ensureTransferIndex(client, db)] += 1;
		// Fails the run when this server cannot compile or run the design document.
		await probeValidation(client, db);
		if (commune) await probeStatusPrivacy(client, db, commune);
	}

	// One-stop across levels (issue 17): each upstream unit of the catalog seed (`agency:<code>`)
	// gets a user `agency-<code>` with roles `upstream` (a member of every commune database)
	// and `agency:<code>` (the unit it writes for); the upstream user works for one of them.
	const agencies = (plan.seedDocs ?? [])
		.filter((d) => d && d.type === 'agency' && typeof d.code === 'string')
		.map((d) => /** @type {string} */ (d.code));
	const upstreamUnit = plan.upstreamUnit === undefined ? (agencies[0] ?? null) : plan.upstreamUnit;
	const policy = { enforcePassword: plan.enforcePasswords ?? false };
	/** @type {Array<{ name: string, roles: string[], commune: Commune | null }>} */
	const users = [
		...plan.communes.map((c) => ({
			name: communeUser(c.code),
			roles: [communeRole(c.code)],
			commune: c
		})),
		{
			name: upstreamUser,
			roles: upstreamUnit ? [UPSTREAM_ROLE, agencyRole(upstreamUnit)] : [UPSTREAM_ROLE],
			commune: null
		},
		...agencies.map((code) => ({
			name: agencyUser(code),
			roles: [UPSTREAM_ROLE, agencyRole(code)],
			commune: null
		})),
		{ name: STATUS_READER_USER, roles: [STATUS_READER_ROLE], commune: null }
	];
	for (const user of users) {
		const spec = { name: user.name, roles: user.roles, password: plan.passwordFor(user.name) };
		const result = await ensureUser(client, spec, policy);
		report.users[result.outcome] += 1;
		report.logins.push({ ...result, commune: user.commune });
	}

	report.seed = await seedCatalog(
		client,
		CATALOG_DB,
		plan.seedDocs ?? [],
		plan.seedMode ?? 'update'
	);
	report.limits = { created: 0, ...(await ensureRequestLimits(client)) };
	// Officers change their own password from the app (issue 19).
	report.accounts = await ensureOwnPasswordChange(client);
	if (plan.corsOrigin) report.cors = { created: 0, ...(await ensureCors(client, plan.corsOrigin)) };
	return report;
}

/**
 * Number of writes a provisioning run made (0 on an idempotent re-run).
 * @param {ProvisionReport} report
 */
export function changeCount(report) {
	const tallies = [
		report.databases,
		report.security,
		report.design,
		report.users,
		report.seed,
		report.limits,
		report.accounts
	];
	if (report.cors) tallies.push(report.cors);
	return tallies.reduce((n, t) => n + t.created + t.updated, 0);
}

/**
 * One line per step, for people: "databases: 2 created, 1 unchanged".
 * @param {ProvisionReport} report
 */
export function formatReport(report) {
	/** @param {string} label @param {Record<string, unknown>} counts */
	const line = (label, counts) =>
		`  ${label.padEnd(10)} ` +
		(Object.entries(counts)
			.filter(([, n]) => typeof n === 'number' && n > 0)
			.map(([k, n]) => `${n} ${k}`)
			.join(', ') || 'nothing to do');
	const lines = [
		line('databases', report.databases),
		line('security', report.security),
		line('design', report.design),
		line('users', report.users),
		line('seed', report.seed),
		line('limits', report.limits),
		line('accounts', report.accounts)
	];
	if (report.cors) lines.push(line('cors', report.cors));
	for (const problem of report.seed.problems) lines.push(`  seed problem: ${problem}`);
	return lines.join('\n');
}
