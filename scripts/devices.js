#!/usr/bin/env node
// `npm run devices -- <list|revoke|reset-password> --url <couchdb url> --admin <user:pass> ...`:
// the upstream office's device and password tool (issue 19). See docs/SERVER.md §4.
import { parseArgs } from 'node:util';
import { parseCredentials } from '../server/provision/couch-client.js';
import { listDevices, revokeDevice } from '../server/devices/revoke-device.js';
import { resetPassword } from '../server/devices/reset-password.js';

const HELP = `Usage: npm run devices -- <command> --url <couchdb url> --admin <user:password> [options]

  list            --commune <code>                    the commune's devices, slots, revocations
  revoke          --commune <code> --device <id>      refuse the device's writes from now on; at
                  [--reason <text>]                   its next contact it wipes its data; its
                                                      slot is free from the next (Vietnam) day
  reset-password  --user <name> --password <new>      set an officer's password (>= 8 characters)

  --url <url>              CouchDB base URL (…/couchdb for the embedded server)
  --admin <user:password>  a server admin (or COUCH_ADMIN)
`;

/** @param {string} message */
function fail(message) {
	console.error(`devices: ${message}\n\n${HELP}`);
	process.exit(2);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		url: { type: 'string' },
		admin: { type: 'string' },
		commune: { type: 'string' },
		device: { type: 'string' },
		reason: { type: 'string' },
		user: { type: 'string' },
		password: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false }
	}
});
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const command = positionals[0];
if (!values.url) fail('--url is required');
const adminArg = values.admin ?? process.env.COUCH_ADMIN;
if (!adminArg) fail('--admin user:password is required');
const couchUrl = /** @type {string} */ (values.url);
const auth = parseCredentials(/** @type {string} */ (adminArg));

/** @param {string | undefined} value @param {string} flag */
const need = (value, flag) => value ?? fail(`${command} needs ${flag}`);

try {
	if (command === 'list') {
		const commune = need(values.commune, '--commune');
		const devices = await listDevices({ couchUrl, commune, auth });
		for (const d of devices) {
			const state = d.revoked_at ? `revoked ${d.revoked_at}` : 'active';
			console.log(
				`${d.device_id.padEnd(20)} slot ${d.slot} gen ${d.generation}  ${d.enrolled_at}  ${d.enrolled_by}  ${state}`
			);
		}
		console.log(`${devices.length} devices`);
	} else if (command === 'revoke') {
		const commune = need(values.commune, '--commune');
		const deviceId = need(values.device, '--device');
		const r = await revokeDevice({ couchUrl, commune, deviceId, auth, reason: values.reason });
		console.log(
			`${r.already ? 'already revoked' : 'revoked'}: ${deviceId} (slot ${r.slot}, generation ${r.generation}) at ${r.revoked_at}; ` +
				`its writes are refused, its slot may be claimed again for dates from ${r.free_from}`
		);
	} else if (command === 'reset-password') {
		const user = need(values.user, '--user');
		const password = need(values.password, '--password');
		const r = await resetPassword({ couchUrl, user, password, auth });
		console.log(`password of ${r.user} reset (roles ${r.roles.join(', ')}); it logs in with it`);
	} else {
		fail(command ? `unknown command ${command}` : 'a command is required');
	}
} catch (error) {
	console.error(`devices ${command} failed: ${/** @type {Error} */ (error).message}`);
	process.exit(1);
}
