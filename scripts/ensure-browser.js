#!/usr/bin/env node
// Makes sure Debian's Chromium is there before the e2e suite starts. Playwright's own browser
// download does not work on these machines, so the suite drives /usr/bin/chromium.
// When it is missing and we are root, install it with apt; otherwise say exactly what to run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function works() {
	if (!fs.existsSync(browser)) return false;
	try {
		execFileSync(browser, ['--version'], { stdio: 'pipe' });
		return true;
	} catch {
		return false;
	}
}

if (works()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
	console.error(`Chromium was not found at ${browser}. Install it, then run the tests again:`);
	console.error('  sudo apt-get update && sudo apt-get install -y chromium');
	console.error('(or set CHROMIUM_PATH to another Chromium or Chrome binary)');
	process.exit(1);
}
console.log('Chromium is missing: installing Debian package "chromium"…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
		stdio: 'inherit',
		env
	});
} catch {
	execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
		stdio: 'inherit',
		env
	});
}
if (!works()) {
	console.error(`Chromium still does not start from ${browser}.`);
	process.exit(1);
}
