#!/usr/bin/env node
// `node scripts/ensure-packages.js chromium | nginx caddy`: makes sure the Debian packages a test
// suite drives are installed before it starts. Playwright's own browser download does not work
// on these machines, so the e2e suite drives /usr/bin/chromium; the reverse-proxy test runs
// nginx and caddy (docs/DEPLOY.md). When one is missing and we are root, install it with apt
// (without starting its service); otherwise say exactly what to run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** How to tell that a package works: a command that must exit 0. */
const CHECKS = {
	chromium: [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', '--version'],
	nginx: ['nginx', '-v'],
	caddy: ['caddy', 'version']
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
	if (!(name in CHECKS)) {
		console.error(`ensure-packages: unknown package ${name} (known: ${Object.keys(CHECKS)})`);
		process.exit(2);
	}
}

/** @param {string} name */
function works(name) {
	const [bin, ...args] = CHECKS[/** @type {keyof typeof CHECKS} */ (name)];
	try {
		execFileSync(bin, args, { stdio: 'pipe' });
		return true;
	} catch {
		return false;
	}
}

const missing = wanted.filter((name) => !works(name));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
	console.error(`Missing: ${missing.join(', ')}. Install, then run the tests again:`);
	console.error(`  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
	if (missing.includes('chromium')) {
		console.error('(or set CHROMIUM_PATH to another Chromium or Chrome binary)');
	}
	process.exit(1);
}
console.log(`Missing: ${missing.join(', ')}. Installing the Debian packages…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const install = () =>
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
		stdio: 'inherit',
		env
	});
// Installing must not start nginx's or caddy's service (policy-rc.d exit 101: "forbidden").
const policy = '/usr/sbin/policy-rc.d';
const hadPolicy = fs.existsSync(policy);
if (!hadPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
try {
	try {
		install();
	} catch {
		execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
		install();
	}
} finally {
	if (!hadPolicy) fs.rmSync(policy, { force: true });
}
const still = missing.filter((name) => !works(name));
if (still.length > 0) {
	console.error(`Still not working after installing: ${still.join(', ')}.`);
	process.exit(1);
}
