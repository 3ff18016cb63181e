import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { changeCount } from '../../../server/provision/provision.js';
import { ADMIN, DEMO_PASSWORD, couch, removeDir, startTestServer, tempDir } from './harness';

const A = { name: 'officer-99901', password: DEMO_PASSWORD };
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

const event = (n: number) => ({
	_id: `event:000.01.11.H99-260310-0001:000174157120000${n}-0000:tablet-r:${n}`,
	type: 'event',
	kind: 'note'
});

describe('data survives a restart', () => {
	// Servers start and stop here: on a loaded machine that takes longer than vitest's 5 s.
	it(
		'in the same process: documents, logins and provisioning are all still there',
		{ timeout: 30_000 },
		async () => {
			const dataDir = tempDir();
			dirs.push(dataDir);
			const first = await startTestServer(dataDir);
			const login = await couch(first.couchUrl, null, 'POST', '/_session', {
				name: A.name,
				password: A.password
			});
			const cookie = String(login.headers.get('set-cookie')).split(';')[0] ?? '';
			const e = event(1);
			expect(
				(await couch(first.couchUrl, A, 'PUT', `/commune-99901/${encodeURIComponent(e._id)}`, e))
					.status
			).toBe(201);
			await first.close();

			const second = await startTestServer(dataDir);
			try {
				expect(changeCount(second.provisioned!.report)).toBe(0);
				const stored = await couch(
					second.couchUrl,
					A,
					'GET',
					`/commune-99901/${encodeURIComponent(e._id)}`
				);
				expect(stored.status).toBe(200);
				expect(stored.body.kind).toBe('note');
				// The cookie secret is kept: a session opened before the restart still holds.
				const session = await couch(second.couchUrl, null, 'GET', '/_session', undefined, {
					cookie
				});
				expect(session.body.userCtx?.name).toBe(A.name);
			} finally {
				await second.close();
			}
		}
	);

	it(
		'across processes (SIGTERM, then a new node process), after hostile requests',
		{ timeout: 30_000 },
		async () => {
			const dataDir = tempDir();
			dirs.push(dataDir);
			const first = await serverProcess(dataDir);
			const e = event(2);
			expect(
				(await couch(first.couchUrl, A, 'PUT', `/commune-99901/${encodeURIComponent(e._id)}`, e))
					.status
			).toBe(201);
			// The crash of express-pouchdb 4.2.0, answered in front of it.
			expect((await couch(first.couchUrl, A, 'PUT', '/crash-me')).status).toBe(401);
			expect((await couch(first.couchUrl, null, 'PUT', '/crash-me-too')).status).toBe(401);
			expect((await couch(first.couchUrl, null, 'GET', '/_up')).status).toBe(200);
			expect(await first.stop()).toBe(0);

			const second = await serverProcess(dataDir);
			try {
				const stored = await couch(
					second.couchUrl,
					A,
					'GET',
					`/commune-99901/${encodeURIComponent(e._id)}`
				);
				expect(stored.status).toBe(200);
				const dbs = await couch(second.couchUrl, ADMIN, 'GET', '/_all_dbs');
				expect(dbs.body).not.toContain('crash-me');
			} finally {
				expect(await second.stop()).toBe(0);
			}
		}
	);
});

/** The server of server/main.js in a process of its own (the app itself is not needed here, so
 * no build), with its own DATA_DIR and a free port (PORT=0); SIGTERM closes it as start.js does. */
const SERVER_PROCESS = `
import { startServer } from ${JSON.stringify(pathToFileURL(path.resolve('server/main.js')).href)};
const server = await startServer();
console.log('MotCua test server at ' + server.url);
process.on('SIGTERM', async () => { await server.close(); process.exit(0); });
`;

async function serverProcess(dataDir: string) {
	const child: ChildProcess = spawn(
		process.execPath,
		['--input-type=module', '-e', SERVER_PROCESS],
		{
			env: {
				...process.env,
				PORT: '0',
				HOST: '127.0.0.1',
				DATA_DIR: dataDir,
				COUCH_ADMIN: `${ADMIN.name}:${ADMIN.password}`,
				DEMO_PASSWORD
			},
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	const url = await new Promise<string>((resolve, reject) => {
		let out = '';
		child.stdout!.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const m = /MotCua test server at (\S+)/.exec(out);
			if (m) resolve(m[1]!);
		});
		child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
	});
	return {
		couchUrl: `${url}couchdb`,
		stop: () =>
			new Promise<number | null>((resolve) => {
				child.once('exit', (code) => resolve(code));
				child.kill('SIGTERM');
			})
	};
}
