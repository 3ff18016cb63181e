import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../../server/main.js';

/** The demo credentials every test server is started with. */
export const ADMIN = { name: 'admin', password: 'test-admin-pw' };
export const DEMO_PASSWORD = 'test-demo-pw';

/** A fresh data directory under the OS temp dir; removed by `removeDir`. */
export function tempDir(prefix = 'motcua-server-'): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
	fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A minimal build/ so the static side can be checked without `vite build`: an index.html, a
 * service worker and one hashed asset.
 */
export function fakeBuild(): string {
	const dir = tempDir('motcua-build-');
	fs.mkdirSync(path.join(dir, '_app/immutable'), { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'index.html'),
		`<!doctype html><title>MotCua</title>${'<p>x</p>'.repeat(400)}`
	);
	fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
	fs.writeFileSync(
		path.join(dir, '_app/immutable/app.abc123.js'),
		'export const x = 1;\n'.repeat(200)
	);
	return dir;
}

/**
 * The real server on a free loopback port (TOOLCHAIN pitfall 9) with the repository's seed.
 * Process guards stay off: an escaped exception must fail the test, not be logged away.
 */
export async function startTestServer(dataDir: string, buildDir = path.join(dataDir, 'no-build')) {
	return startServer({
		port: 0,
		host: '127.0.0.1',
		dataDir,
		buildDir,
		admin: ADMIN,
		demoPassword: DEMO_PASSWORD,
		processGuards: false
	});
}

export type Who = { name: string; password: string } | null;

/** The fields of CouchDB answers these tests read. */
export interface CouchBody {
	ok?: boolean;
	id?: string;
	rev?: string;
	error?: string;
	reason?: string;
	rows?: Array<{ id: string; key: string; value?: { rev: string }; doc?: Record<string, unknown> }>;
	userCtx?: { name: string | null; roles: string[] };
	[key: string]: unknown;
}

export function authHeader(who: Who): Record<string, string> {
	if (!who) return {};
	const token = Buffer.from(`${who.name}:${who.password}`).toString('base64');
	return { authorization: `Basic ${token}` };
}

/** One HTTP request to the CouchDB side as `who` (null: anonymous); JSON in and out. */
export async function couch(
	couchUrl: string,
	who: Who,
	method: string,
	pathname: string,
	body?: unknown,
	headers: Record<string, string> = {}
): Promise<{ status: number; body: CouchBody; headers: Headers }> {
	const res = await fetch(couchUrl + pathname, {
		method,
		headers: {
			accept: 'application/json',
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
			...authHeader(who),
			...headers
		},
		body:
			body === undefined
				? undefined
				: typeof body === 'string' || body instanceof Uint8Array
					? (body as BodyInit)
					: JSON.stringify(body)
	});
	const text = await res.text();
	return { status: res.status, body: parseBody(text), headers: res.headers };
}

function parseBody(text: string): CouchBody {
	try {
		return text ? JSON.parse(text) : {};
	} catch {
		return { text };
	}
}
