import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeUpstream } from '$lib/sync/probe-upstream';
import { DEMO_PASSWORD, removeDir, startTestServer, tempDir } from '../server/harness';

let server: Awaited<ReturnType<typeof startTestServer>>;
let dataDir: string;
let web: http.Server;
let webUrl: string;

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
	// An ordinary web server where an officer might mistype the upstream's address.
	web = http.createServer((_req, res) => {
		res.setHeader('content-type', 'text/html');
		res.end('<!doctype html><title>Cổng thông tin</title>');
	});
	await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
	webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise((resolve) => web.close(resolve));
	await server.close();
	removeDir(dataDir);
});

const officer = { name: 'officer-99901', password: DEMO_PASSWORD };

describe('probing an address typed at enrolment', () => {
	it('the embedded server (express-pouchdb) is a CouchDB', async () => {
		expect(await probeUpstream(server.couchUrl, officer)).toBe('couchdb');
	});

	it('wrong credentials still identify a CouchDB (the login then says what is wrong)', async () => {
		expect(await probeUpstream(server.couchUrl, { name: 'officer-99901', password: 'x' })).toBe(
			'couchdb'
		);
	});

	it('a web page is not a CouchDB', async () => {
		expect(await probeUpstream(webUrl, officer)).toBe('not_couchdb');
	});

	it('JSON without a CouchDB welcome is not a CouchDB', async () => {
		expect(await probeUpstream(`${server.couchUrl}/_up`, officer)).toBe('not_couchdb');
	});

	it('a port nobody listens on is unreachable', async () => {
		const closed = http.createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const { port } = closed.address() as AddressInfo;
		await new Promise((resolve) => closed.close(resolve));
		expect(await probeUpstream(`http://127.0.0.1:${port}`, officer)).toBe('unreachable');
	});
});
