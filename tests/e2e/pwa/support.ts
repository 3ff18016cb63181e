import { chromium, type BrowserContext } from '@playwright/test';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromiumArgs } from '../../../playwright.config';
import { staticApp } from '../../../server/static-app.js';

/** A throwaway folder removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A real Chromium profile on disk, as an officer's laptop has. Playwright's default context is
 * off the record, where Chromium refuses installability (TOOLCHAIN pitfall 6) and nothing
 * survives a restart.
 */
export function launchProfile(
	userDataDir: string,
	options: { baseURL: string; offline?: boolean }
): Promise<BrowserContext> {
	return chromium.launchPersistentContext(userDataDir, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: chromiumArgs,
		headless: true,
		baseURL: options.baseURL,
		offline: options.offline ?? false,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		// Playwright's default is 3 minutes, the whole test's budget: a launch that cannot start
		// should say so, not time the test out.
		timeout: 30_000
	});
}

/**
 * SIGKILLs every process of the Chromium profile in `userDataDir`, as pulling a laptop's plug
 * does, and returns once none is left. A process still holding the profile lock would make the
 * next launch hand over to it and hang.
 */
export async function killProfile(userDataDir: string): Promise<void> {
	const name = path.basename(userDataDir);
	// `[m]otcua…` matches the browser's command line but not this shell's own.
	const pattern = `[${name[0]}]${name.slice(1)}`;
	const alive = () => {
		try {
			execSync(`pgrep -f -- "${pattern}"`, { stdio: 'ignore' });
			return true;
		} catch {
			return false;
		}
	};
	for (let tries = 0; alive() && tries < 100; tries++) {
		execSync(`pkill -9 -f -- "${pattern}" || true`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	if (alive()) throw new Error(`Chromium processes of ${userDataDir} survive SIGKILL`);
	for (const lock of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) {
		fs.rmSync(path.join(userDataDir, lock), { force: true });
	}
}

export interface DeployServer {
	readonly url: string;
	readonly dir: string;
	/** Re-reads the folder, as restarting the server after a deploy does. */
	restart(): void;
	close(): Promise<void>;
}

/**
 * Serves a private copy of build/ on a free port with the production static server, so a test
 * can "deploy" a new version into it without touching the build/ other tests are served from.
 */
export async function serveCopyOfBuild(): Promise<DeployServer> {
	const tmp = tempDir('motcua-deploy-');
	fs.cpSync(path.resolve('build'), tmp.dir, { recursive: true });
	// sirv (in production mode) reads the file list, sizes and ETags once at start-up, so a
	// deploy is only served after a restart; keep the port and swap the handler instead.
	let app = staticApp(tmp.dir);
	const server = http.createServer((req, res) =>
		app(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		dir: tmp.dir,
		restart: () => {
			app = staticApp(tmp.dir);
		},
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			tmp.remove();
		}
	};
}
