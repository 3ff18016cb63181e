import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../scripts/free-port.js';

/**
 * What a clean clone holds: every file git tracks (or would track: new files not ignored),
 * copied into a throwaway folder, so no build/, no data/, no .svelte-kit/. node_modules is the
 * one thing linked rather than copied: `npm install` with the committed lockfile is the README's
 * first half, and this machine has already run it.
 */
export function cleanCloneCopy(): { dir: string; remove: () => void } {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-clone-'));
	const files = execFileSync(
		'git',
		['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{
			encoding: 'utf8'
		}
	)
		.split('\0')
		.filter((f) => f && fs.existsSync(f));
	for (const file of files) {
		fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
		fs.copyFileSync(file, path.join(dir, file));
	}
	fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
	return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface StartedServer {
	readonly url: string;
	/** Everything it printed so far. */
	readonly output: string;
	stop(): Promise<void>;
}

/**
 * `npm start` in `dir`, as the README says, on a free port with a data folder of its own
 * (DATA_DIR inside the copy), or on `fixedPort` (a restart keeps the origin, so the browser keeps
 * its IndexedDB and service worker). Resolves when it prints its address. npm runs in its own process
 * group, and the whole group is stopped (killing npm alone would leave node serving,
 * TOOLCHAIN pitfall 10).
 */
export async function npmStart(dir: string, fixedPort?: number): Promise<StartedServer> {
	const port = fixedPort ?? (await freePort());
	const child = spawn('npm', ['start'], {
		cwd: dir,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: path.join(dir, 'data')
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	let output = '';
	child.stdout.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr.on('data', (d: Buffer) => (output += d.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	let running = true;
	void exited.then(() => (running = false));
	const url = await new Promise<string>((resolve, reject) => {
		const onData = () => {
			const m = /MotCua đang chạy tại (\S+)/.exec(output);
			if (m) resolve(m[1]!);
		};
		child.stdout.on('data', onData);
		void exited.then(() => reject(new Error(`npm start exited early:\n${output}`)));
	});
	return {
		url,
		get output() {
			return output;
		},
		stop: async () => {
			if (!running) return;
			process.kill(-child.pid!, 'SIGTERM');
			await exited;
		}
	};
}
