import { defineConfig } from '@playwright/test';

// One port per run, inherited by the workers through the environment (this file is evaluated
// again in every worker); override with E2E_PORT. Never a fixed well-known
// port: something else may listen there (TOOLCHAIN pitfall 9).
process.env.E2E_PORT ??= String(20000 + (process.pid % 20000));
const port = Number(process.env.E2E_PORT);

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	// The server a new user starts: `npm start` (scripts/start.js, which builds when the build may
	// not be served, then provisions the embedded upstream), on the run's own port and data folder.
	webServer: {
		command: `npm start`,
		// TEMP_DATA=1: start.js provisions a fresh data folder of its own and removes it on exit.
		env: { PORT: String(port), HOST: '127.0.0.1', TEMP_DATA: '1' },
		// A clean clone has no build/: the first start builds it (about a minute on 2 cores).
		timeout: 300_000,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		// Playwright kills with SIGKILL by default (TOOLCHAIN pitfall 5).
		gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 }
	}
});
