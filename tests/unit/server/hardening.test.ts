import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, authHeader, fakeBuild, removeDir, startTestServer, tempDir } from './harness';
import {
	contentSecurityPolicy,
	inlineScriptHashes
} from '../../../server/headers/content-security-policy.js';
import { MAX_REQUEST_BYTES } from '../../../server/provision/request-limits.js';

// Issue 19, point 4: the headers of every answer, and request bodies bounded before and after
// gzip inflation, against the real server on loopback.

const INLINE = '\n\t{ window.started = true; }\n';
const sha = (text: string) =>
	`'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the Content-Security-Policy of a build', () => {
	it('allows each inline script by its hash and never unsafe-inline scripts', () => {
		const html = `<script src="/a.js"></script><script>${INLINE}</script><script type="module">x()</script>`;
		const hashes = inlineScriptHashes(html);
		expect(hashes).toEqual([sha(INLINE), sha('x()')]);
		const policy = contentSecurityPolicy(hashes);
		const script = policy.split('; ').find((d) => d.startsWith('script-src '));
		expect(script).toBe(`script-src 'self' ${sha(INLINE)} ${sha('x()')}`);
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("object-src 'none'");
	});
});

let dataDir: string;
let buildDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
	dataDir = tempDir();
	buildDir = fakeBuild();
	const index = path.join(buildDir, 'index.html');
	fs.writeFileSync(index, fs.readFileSync(index, 'utf8') + `<script>${INLINE}</script>`);
	server = await startTestServer(dataDir, buildDir);
});

afterAll(async () => {
	await server?.close();
	removeDir(dataDir);
	removeDir(buildDir);
});

describe('the headers of every answer', () => {
	it.each(['/', '/book', '/couchdb/', '/status/99901/0000000000000000', '/nowhere.js'])(
		'%s carries the policy, nosniff, same-origin referrer and no framing',
		async (address) => {
			const res = await fetch(new URL(address, server.url));
			const policy = res.headers.get('content-security-policy') ?? '';
			expect(policy).toContain(`script-src 'self' ${sha(INLINE)}`);
			expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
			expect(policy).toContain("frame-ancestors 'none'");
			expect(res.headers.get('x-content-type-options')).toBe('nosniff');
			expect(res.headers.get('referrer-policy')).toBe('same-origin');
			expect(res.headers.get('x-frame-options')).toBe('DENY');
		}
	);
});

/** A raw request, so the test controls the framing of the body. */
function raw(
	method: string,
	address: string,
	headers: Record<string, string>,
	body: Buffer | null,
	chunked = false
): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = http.request(new URL(address, server.url), { method, headers }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (c) => (text += c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
		});
		req.on('error', reject);
		if (body && chunked) {
			req.write(body.subarray(0, 10));
			req.end(body.subarray(10));
		} else req.end(body ?? undefined);
	});
}

async function stillUp() {
	const res = await fetch(new URL('/couchdb/_up', server.url));
	expect(res.status).toBe(200);
}

describe('request bodies are bounded', () => {
	const admin = { ...authHeader(ADMIN), 'Content-Type': 'application/json' };

	it('refuses a declared length over the limit at once, before reading it (413)', async () => {
		const res = await raw(
			'PUT',
			'/couchdb/media-99901/big/photo.jpg',
			{ ...admin, 'Content-Type': 'image/jpeg', 'Content-Length': String(MAX_REQUEST_BYTES + 1) },
			null
		);
		expect(res.status).toBe(413);
		await stillUp();
	});

	it('refuses a body with no declared length (411)', async () => {
		const body = Buffer.from(JSON.stringify({ docs: [] }));
		const res = await raw('POST', '/couchdb/commune-99901/_bulk_docs', admin, body, true);
		expect(res.status).toBe(411);
		await stillUp();
	});

	it('refuses a small gzip body that inflates past the limit (413), and stays up', async () => {
		const pad = '0'.repeat(MAX_REQUEST_BYTES + 1024);
		const bomb = gzipSync(new TextEncoder().encode(`{"docs":[{"_id":"bomb","pad":"${pad}"}]}`));
		expect(bomb.length).toBeLessThan(1024 * 1024);
		const res = await raw(
			'POST',
			'/couchdb/commune-99901/_bulk_docs',
			{ ...admin, 'Content-Encoding': 'gzip', 'Content-Length': String(bomb.length) },
			bomb
		);
		expect(res.status).toBe(413);
		await stillUp();
		const missing = await fetch(new URL('/couchdb/commune-99901/bomb', server.url), {
			headers: authHeader(ADMIN)
		});
		expect(missing.status).toBe(404);
	}, 30_000);

	it('still takes an ordinary gzip body', async () => {
		const body = gzipSync(new TextEncoder().encode(JSON.stringify({ docs: [] })));
		const res = await raw(
			'POST',
			'/couchdb/commune-99901/_bulk_docs',
			{ ...admin, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) },
			body
		);
		expect(res.status).toBe(201);
	});
});
