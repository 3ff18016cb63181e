import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, DEMO_PASSWORD, fakeBuild, removeDir, startTestServer, tempDir } from './harness';
import { freePort } from '../../../scripts/free-port.js';
import {
	CADDY_HEADERS_FILE,
	NGINX_HEADERS_FILE,
	writeProxyHeaderFiles
} from '../../../server/headers/proxy-headers.js';
import { securityHeaders } from '../../../server/headers/security-headers.js';

// The production reverse-proxy configurations of docs/DEPLOY.md, checked by the servers' own
// parsers and then run live in front of the embedded CouchDB-compatible server. Only the lines
// marked MOTCUA-LISTEN, MOTCUA-ROOT and MOTCUA-COUCH (and the run-time paths nginx needs when
// not installed as a service) are changed in the copy under test.
const NGINX_CONF = path.resolve('server/deploy/nginx/motcua.conf');
const CADDYFILE = path.resolve('server/deploy/Caddyfile');

function need(command: string): string {
	const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
	const bin = found.stdout.trim();
	if (!bin) throw new Error(`${command} is missing: install them: apt-get install -y nginx caddy`);
	return bin;
}

/** Replaces the one line ending with `# <marker>`; fails when the marker is not there once. */
function replaceMarked(text: string, marker: string, line: string): string {
	const lines = text.split('\n');
	const at = lines
		.map((l, i) => (l.trimEnd().endsWith(`# ${marker}`) ? i : -1))
		.filter((i) => i >= 0);
	expect(at, `exactly one line marked ${marker}`).toHaveLength(1);
	lines[at[0]!] = line;
	return lines.join('\n');
}

/** The status reader's `Authorization` value on the test server (demo password). */
const READER_AUTH = `Basic ${Buffer.from(`status-reader:${DEMO_PASSWORD}`).toString('base64')}`;

function nginxCopy(dir: string, port: number, root: string, couch: string): string {
	let text = fs.readFileSync(NGINX_CONF, 'utf8');
	text = replaceMarked(
		text,
		'MOTCUA-STATUS',
		`proxy_pass http://${couch}/couchdb/status-$motcua_commune/$motcua_token;`
	);
	text = replaceMarked(
		text,
		'MOTCUA-STATUS-AUTH',
		`proxy_set_header Authorization "${READER_AUTH}";`
	);
	text = replaceMarked(text, 'MOTCUA-LISTEN', `listen 127.0.0.1:${port};`);
	text = replaceMarked(text, 'MOTCUA-ROOT', `root ${root};`);
	text = replaceMarked(text, 'MOTCUA-HEADERS', `include ${root}/${NGINX_HEADERS_FILE};`);
	text = replaceMarked(
		text,
		'MOTCUA-COUCH',
		`proxy_pass http://${couch}/couchdb/$motcua_couch_path;`
	);
	// Run-time paths of an nginx that is not the system service: all under the test folder.
	const user = process.getuid?.() === 0 ? 'user root;' : '';
	text = text.replace(/^user www-data;$/m, user);
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
		.map((k) => `${k}_temp_path ${dir}/${k};`)
		.join(' ');
	text = text.replace(/^http \{$/m, `http {\n\taccess_log ${dir}/access.log; ${temp}`);
	const file = path.join(dir, 'nginx.conf');
	fs.writeFileSync(file, text);
	return file;
}

function caddyCopy(dir: string, port: number, root: string, couch: string): string {
	let text = fs.readFileSync(CADDYFILE, 'utf8');
	text = replaceMarked(text, 'MOTCUA-LISTEN', `http://127.0.0.1:${port} {`);
	text = replaceMarked(text, 'MOTCUA-ROOT', `root * ${root}`);
	text = replaceMarked(text, 'MOTCUA-HEADERS', `import ${root}/${CADDY_HEADERS_FILE}`);
	// The embedded server serves the CouchDB API under /couchdb/; Apache CouchDB at /.
	text = replaceMarked(text, 'MOTCUA-COUCH', `rewrite * /couchdb{uri}\nreverse_proxy ${couch} {`);
	text = replaceMarked(
		text,
		'MOTCUA-STATUS-PATH',
		'rewrite * /couchdb/status-{re.status.1}/{re.status.2}?'
	);
	text = replaceMarked(text, 'MOTCUA-STATUS', `reverse_proxy ${couch} {`);
	text = replaceMarked(text, 'MOTCUA-STATUS-AUTH', `header_up Authorization "${READER_AUTH}"`);
	text = `{\n\tadmin off\n\tauto_https off\n\tstorage file_system ${dir}/caddy\n}\n\n${text}`;
	const file = path.join(dir, 'Caddyfile');
	fs.writeFileSync(file, text);
	return file;
}

const nginxTest = (dir: string, conf: string) =>
	spawnSync(
		need('nginx'),
		['-t', '-p', dir, '-c', conf, '-g', `pid ${dir}/nginx.pid; error_log ${dir}/error.log;`],
		{ encoding: 'utf8' }
	);
const caddyEnv = (dir: string) => ({
	...process.env,
	HOME: dir,
	XDG_DATA_HOME: dir,
	XDG_CONFIG_HOME: dir
});
const caddyValidate = (dir: string, file: string) =>
	spawnSync(need('caddy'), ['validate', '--adapter', 'caddyfile', '--config', file], {
		encoding: 'utf8',
		env: caddyEnv(dir)
	});

async function waitFor(url: string, proc: ChildProcess, log: () => string): Promise<void> {
	for (let i = 0; i < 100; i += 1) {
		if (proc.exitCode !== null) throw new Error(`proxy exited ${proc.exitCode}: ${log()}`);
		try {
			await fetch(url);
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	throw new Error(`proxy did not answer at ${url}: ${log()}`);
}

let dataDir: string;
let buildDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let couchAddress: string;
const running: ChildProcess[] = [];
const dirs: string[] = [];

beforeAll(async () => {
	need('nginx');
	need('caddy');
	dataDir = tempDir();
	buildDir = fakeBuild();
	fs.writeFileSync(
		path.join(buildDir, 'index.html'),
		fs.readFileSync(path.join(buildDir, 'index.html'), 'utf8') + '<script>start()</script>'
	);
	writeProxyHeaderFiles(buildDir);
	fs.chmodSync(buildDir, 0o755);
	server = await startTestServer(dataDir);
	couchAddress = new URL(server.url).host;
});

afterAll(async () => {
	for (const proc of running) proc.kill('SIGTERM');
	await Promise.all(
		running.map((p) =>
			p.exitCode === null ? new Promise((resolve) => p.once('exit', resolve)) : null
		)
	);
	await server?.close();
	removeDir(dataDir);
	removeDir(buildDir);
	for (const dir of dirs) removeDir(dir);
});

function workDir(): string {
	const dir = tempDir('motcua-proxy-');
	fs.chmodSync(dir, 0o755);
	dirs.push(dir);
	return dir;
}

describe('the configurations parse with the servers’ own checks', () => {
	it('nginx -t accepts server/deploy/nginx/motcua.conf and refuses a broken copy', async () => {
		const dir = workDir();
		const conf = nginxCopy(dir, await freePort(), buildDir, couchAddress);
		const ok = nginxTest(dir, conf);
		expect(ok.status, ok.stderr).toBe(0);
		fs.writeFileSync(
			conf,
			fs.readFileSync(conf, 'utf8').replace('proxy_buffering off;', 'proxy_buffering off')
		);
		expect(nginxTest(dir, conf).status).not.toBe(0);
	});

	it('caddy validate accepts server/deploy/Caddyfile and refuses a broken copy', async () => {
		const dir = workDir();
		const file = caddyCopy(dir, await freePort(), buildDir, couchAddress);
		const ok = caddyValidate(dir, file);
		expect(ok.status, ok.stderr).toBe(0);
		fs.writeFileSync(
			file,
			fs.readFileSync(file, 'utf8').replace('flush_interval -1', 'flush_interval')
		);
		expect(caddyValidate(dir, file).status).not.toBe(0);
	});

	it('the production copy (as shipped) parses too', () => {
		const dir = workDir();
		// Only the path of the headers file the build writes points at this test's build.
		const text = fs
			.readFileSync(NGINX_CONF, 'utf8')
			.replace(/^user www-data;$/m, process.getuid?.() === 0 ? 'user root;' : '')
			.replace(/^http \{$/m, `http {\n\taccess_log ${dir}/access.log;`)
			.replace('/srv/motcua/build/motcua-headers', `${buildDir}/motcua-headers`);
		fs.writeFileSync(path.join(dir, 'nginx.conf'), text);
		const ok = nginxTest(dir, path.join(dir, 'nginx.conf'));
		expect(ok.status, ok.stderr).toBe(0);
		const caddyfile = path.join(dir, 'Caddyfile');
		fs.writeFileSync(
			caddyfile,
			fs
				.readFileSync(CADDYFILE, 'utf8')
				.replace('/srv/motcua/build/motcua-headers', `${buildDir}/motcua-headers`)
		);
		const caddy = caddyValidate(dir, caddyfile);
		expect(caddy.status, caddy.stderr).toBe(0);
	});
});

const proxies = [
	{
		name: 'nginx',
		async start(): Promise<string> {
			const dir = workDir();
			const port = await freePort();
			const conf = nginxCopy(dir, port, buildDir, couchAddress);
			const proc = spawn(need('nginx'), [
				'-p',
				dir,
				'-c',
				conf,
				'-g',
				`daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;`
			]);
			running.push(proc);
			const base = `http://127.0.0.1:${port}`;
			await waitFor(base, proc, () => fs.readFileSync(`${dir}/error.log`, 'utf8'));
			return base;
		}
	},
	{
		name: 'caddy',
		async start(): Promise<string> {
			const dir = workDir();
			const port = await freePort();
			const file = caddyCopy(dir, port, buildDir, couchAddress);
			let log = '';
			const proc = spawn(need('caddy'), ['run', '--adapter', 'caddyfile', '--config', file], {
				env: caddyEnv(dir)
			});
			proc.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
			running.push(proc);
			const base = `http://127.0.0.1:${port}`;
			await waitFor(base, proc, () => log);
			return base;
		}
	}
];

describe.each(proxies)('$name in front of the CouchDB-compatible server', (proxy) => {
	let base: string;
	const officer = { name: 'officer-99901', password: DEMO_PASSWORD };
	const basic = (who: { name: string; password: string }) =>
		`Basic ${Buffer.from(`${who.name}:${who.password}`).toString('base64')}`;

	beforeAll(async () => {
		base = await proxy.start();
	});

	it('serves the app, its deep routes, and the cache rules', async () => {
		const home = await fetch(`${base}/`);
		expect(home.status).toBe(200);
		expect(await home.text()).toContain('<title>MotCua</title>');
		expect(home.headers.get('x-content-type-options')).toBe('nosniff');
		// The same security headers as the MotCua server (issue 19), the policy naming the
		// build's inline script by its hash.
		for (const [name, value] of Object.entries(securityHeaders(buildDir)))
			expect(home.headers.get(name), name).toBe(value);
		expect(home.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
		const couchAnswer = await fetch(`${base}/couchdb/`);
		expect(couchAnswer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		const deep = await fetch(`${base}/dossiers/000.01.11.H99-261206-0001`);
		expect(deep.status).toBe(200);
		expect(await deep.text()).toContain('<title>MotCua</title>');
		expect(deep.headers.get('cache-control')).toContain('no-cache');
		const sw = await fetch(`${base}/sw.js`);
		expect(sw.status).toBe(200);
		expect(sw.headers.get('cache-control')).toContain('no-cache');
		const asset = await fetch(`${base}/_app/immutable/app.abc123.js`);
		expect(asset.status).toBe(200);
		expect(asset.headers.get('cache-control')).toContain('immutable');
		// A missing hashed file is an error, not the app's HTML cached for a year.
		expect((await fetch(`${base}/_app/immutable/gone.js`)).status).toBe(404);
	});

	it('passes /couchdb/ to the server with the prefix stripped', async () => {
		const res = await fetch(`${base}/couchdb/`, { headers: { authorization: basic(officer) } });
		expect(res.status).toBe(200);
		const body = (await res.json()) as Record<string, unknown>;
		expect(body['express-pouchdb'] ?? body.couchdb).toMatch(/^Welcome/);
		const db = await fetch(`${base}/couchdb/commune-99901`, {
			headers: { authorization: basic(officer) }
		});
		expect(((await db.json()) as { db_name?: string }).db_name).toBe('commune-99901');
	});

	it('rewrites the session cookie to /couchdb/, and the cookie logs in there', async () => {
		const login = await fetch(`${base}/couchdb/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(officer)
		});
		expect(login.status).toBe(200);
		const cookie = login.headers.get('set-cookie') ?? '';
		expect(cookie).toMatch(/AuthSession=/);
		expect(cookie).toMatch(/Path=\/couchdb\/(;|$)/i);
		const session = await fetch(`${base}/couchdb/_session`, {
			headers: { cookie: cookie.split(';')[0]! }
		});
		const ctx = ((await session.json()) as { userCtx: { name: string } }).userCtx;
		expect(ctx.name).toBe('officer-99901');
	});

	it('passes a gzip request body untouched (201) and a 5 MB body (no 413)', async () => {
		const id = (k: string) => `note:${proxy.name}-${k}`;
		const docs = [{ _id: id('gz'), type: 'probe' }];
		const admin = basic(ADMIN);
		expect(
			(
				await fetch(`${base}/couchdb/proxy-${proxy.name}`, {
					method: 'PUT',
					headers: { authorization: admin }
				})
			).status
		).toBe(201);
		const zipped = await fetch(`${base}/couchdb/proxy-${proxy.name}/_bulk_docs`, {
			method: 'POST',
			headers: {
				authorization: admin,
				'content-type': 'application/json',
				'content-encoding': 'gzip'
			},
			body: new Uint8Array(gzipSync(JSON.stringify({ docs })))
		});
		expect(zipped.status).toBe(201);
		const big = await fetch(
			`${base}/couchdb/proxy-${proxy.name}/${encodeURIComponent(id('big'))}`,
			{
				method: 'PUT',
				headers: { authorization: admin, 'content-type': 'application/json' },
				body: JSON.stringify({ type: 'probe', blob: 'x'.repeat(5 * 1024 * 1024) })
			}
		);
		expect(big.status).toBe(201);
		const read = await fetch(
			`${base}/couchdb/proxy-${proxy.name}/${encodeURIComponent(id('gz'))}`,
			{
				headers: { authorization: admin }
			}
		);
		expect(((await read.json()) as { type?: string }).type).toBe('probe');
	});

	it('exposes one public status by id and nothing else of the status database (issue 16)', async () => {
		const token = `${proxy.name === 'nginx' ? 'N' : 'C'}7M2Q9XPA3BWE4NR`;
		const doc = {
			type: 'status',
			commune: '99901',
			code: '000.01.11.H99-260105-1001',
			procedure_code: '1.001193',
			procedure_name: 'Đăng ký khai sinh',
			status: 5,
			appointment_at: '2026-01-05T08:00:00.000Z',
			supplement_needed: true,
			unit_name: 'Trung tâm Phục vụ hành chính công xã Na Sơn',
			updated_at: '2026-01-05T02:00:00.000Z'
		};
		const put = await fetch(`${base}/couchdb/status-99901/${token}`, {
			method: 'PUT',
			headers: { authorization: basic(officer), 'content-type': 'application/json' },
			body: JSON.stringify(doc)
		});
		expect(put.status).toBe(201);
		// A visitor's cookie or credentials are dropped: the read is the proxy's own.
		const read = await fetch(`${base}/status/99901/${token}`, {
			headers: { authorization: basic({ name: 'x', password: 'y' }), cookie: 'AuthSession=x' }
		});
		expect(read.status).toBe(200);
		expect(read.headers.get('cache-control')).toBe('no-store');
		expect(read.headers.get('www-authenticate')).toBeNull();
		expect(await read.json()).toMatchObject({ _id: token, status: 5, supplement_needed: true });
		for (const path of ['_all_docs', '_changes', '', `${token}/x`, token.toLowerCase()]) {
			const res = await fetch(`${base}/status/99901/${path}`);
			expect(res.status, path).toBe(404);
		}
		expect((await fetch(`${base}/status/99901/ZZZZZZZZZZZZZZZZ`)).status).toBe(404);
		// Query options never reach CouchDB: no revision list, no other revision, no conflicts.
		const withQuery = await fetch(`${base}/status/99901/${token}?revs_info=true&conflicts=true`);
		expect(withQuery.status).toBe(200);
		expect(Object.keys(await withQuery.json())).not.toContain('_revs_info');
		for (const method of ['PUT', 'POST', 'DELETE']) {
			const res = await fetch(`${base}/status/99901/${token}`, { method, body: '{}' });
			expect([403, 404, 405], method).toContain(res.status);
		}
		// The database itself stays members-only through /couchdb/.
		const listing = await fetch(`${base}/couchdb/status-99901/_all_docs`);
		expect(listing.status).toBe(401);
		const find = await fetch(`${base}/couchdb/status-99901/_find`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"selector":{}}'
		});
		expect(find.status).toBe(401);
	});
});
