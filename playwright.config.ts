import { defineConfig } from '@playwright/test';

// One port per run, inherited by the workers through the environment; override with E2E_PORT.
// Never a fixed well-known port: something else may listen there (TOOLCHAIN pitfall 9).
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
	webServer: {
		command: `node scripts/serve-build.js`,
		env: { PORT: String(port) },
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		// Playwright kills with SIGKILL by default (TOOLCHAIN pitfall 5).
		gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 }
	}
});
