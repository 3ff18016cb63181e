#!/usr/bin/env node
// `npm run provision -- --url <couchdb url> --admin <user:pass> [options]`: sets up any CouchDB
// 3.x (Apache CouchDB in production, or the embedded server) for MotCua over plain HTTP.
// Idempotent: a second run reports only "unchanged". See docs/SERVER.md.
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { communesFromUnits, parseCommunesArg } from '../server/provision/communes.js';
import { createCouchClient, parseCredentials } from '../server/provision/couch-client.js';
import {
	STATUS_READER_USER,
	changeCount,
	formatReport,
	provision
} from '../server/provision/provision.js';
import { loadSeedDocs } from '../server/provision/seed-files.js';

const HELP = `Usage: npm run provision -- --url <couchdb url> --admin <user:password> [options]

  --url <url>              CouchDB base URL, e.g. https://couch.example.vn (or .../couchdb)
  --admin <user:password>  a server admin (or COUCH_ADMIN, or credentials in --url)
  --communes <file|codes>  JSON file of unit documents / {code,name} / codes, or "26734,26737"
                           (default: the communes in src/lib/seed/units.json)
  --cors-origin <origin>   also enable CORS for the app served from this origin
  --password <password>    password for users this run creates (default: a random one each,
                           printed once)
  --reset-passwords        with --password: reset existing users it does not log in
  --upstream-user <name>   name of the upstream office's user (default: upstream)
  --upstream-unit <code>   upstream unit (agency:<code> in the catalog) that user works for
                           (default: the first agency of the seed; "none" for no unit)
  --seed-dir <dir>         catalog seed folder (default: src/lib/seed)
  --seed <mode>            update (default: replace seed docs nobody edited since), overwrite,
                           missing (create only), none
`;

/** @param {string} message */
function fail(message) {
	console.error(`provision: ${message}\n\n${HELP}`);
	process.exit(2);
}

const { values } = parseArgs({
	options: {
		url: { type: 'string' },
		admin: { type: 'string' },
		communes: { type: 'string' },
		'cors-origin': { type: 'string' },
		password: { type: 'string' },
		'reset-passwords': { type: 'boolean', default: false },
		'upstream-user': { type: 'string', default: 'upstream' },
		'upstream-unit': { type: 'string' },
		'seed-dir': { type: 'string' },
		seed: { type: 'string', default: 'update' },
		help: { type: 'boolean', short: 'h', default: false }
	}
});
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
if (!values.url) fail('--url is required');
const url = /** @type {string} */ (values.url);
const adminArg = values.admin ?? process.env.COUCH_ADMIN;
const admin = adminArg ? parseCredentials(adminArg) : null;
if (!admin && !new URL(url).username) fail('--admin user:password is required');
const seedMode = /** @type {import('../server/provision/seed.js').SeedMode} */ (values.seed);
if (!['update', 'overwrite', 'missing', 'none'].includes(seedMode)) {
	fail(`unknown --seed ${seedMode}`);
}
if (values['reset-passwords'] && !values.password) fail('--reset-passwords needs --password');

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const seedDir = path.resolve(values['seed-dir'] ?? path.join(repoRoot, 'src/lib/seed'));
const seed = loadSeedDocs(seedDir);
for (const warning of seed.warnings) console.warn(`warning: ${warning}`);
const communes = values.communes
	? parseCommunesArg(values.communes)
	: communesFromUnits(seed.units);
if (communes.length === 0) fail('no communes: pass --communes or add units to the seed');
if (!values.communes && seed.units.some((u) => u.demo === true)) {
	console.warn(
		'warning: communes taken from the demo units of the seed; pass --communes for real ones'
	);
}

/** @type {Map<string, string>} */
const generated = new Map();
const report = await provision(createCouchClient(url, admin), {
	communes,
	upstreamUser: values['upstream-user'],
	upstreamUnit:
		values['upstream-unit'] === undefined
			? undefined
			: values['upstream-unit'] === 'none'
				? null
				: values['upstream-unit'],
	passwordFor: (user) => {
		if (values.password) return values.password;
		if (!generated.has(user)) generated.set(user, crypto.randomBytes(9).toString('base64url'));
		return /** @type {string} */ (generated.get(user));
	},
	enforcePasswords: values['reset-passwords'],
	seedDocs: seed.docs,
	seedMode,
	corsOrigin: values['cors-origin'] ?? null
}).catch((/** @type {Error & { cause?: any }} */ err) => {
	const cause = err.cause ? ` (${err.cause.code ?? err.cause.message})` : '';
	console.error(`provision failed: ${err.message}${cause}`);
	process.exit(1);
});

console.log(`Provisioned ${new URL(url).origin} for ${communes.map((c) => c.code).join(', ')}:`);
console.log(formatReport(report));
console.log(`  ${changeCount(report)} changes`);
console.log('\nUsers:');
for (const login of report.logins) {
	const password = login.password ?? '(password unchanged)';
	console.log(
		`  ${login.name.padEnd(16)} ${String(password).padEnd(20)} ${login.roles.join(', ')}`
	);
}
const reader = report.logins.find((l) => l.name === STATUS_READER_USER && l.password);
if (reader) {
	// The reverse proxy reads public statuses with this account (docs/DEPLOY.md §4).
	const basic = Buffer.from(`${reader.name}:${reader.password}`).toString('base64');
	console.log(
		`\nPublic status lookup: in the proxy's MOTCUA-STATUS-AUTH line put "Basic ${basic}"`
	);
}
if (report.logins.some((l) => l.outcome === 'created' && !values.password)) {
	console.log('\nThe generated passwords are shown only now: hand them over securely.');
}
