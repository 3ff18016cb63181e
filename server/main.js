import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyLimit } from './body-limit.js';
import { compress } from './compress.js';
import { createEmbeddedCouch } from './couch/embedded-couch.js';
import { provisionDemo } from './demo.js';
import { installProcessGuards } from './process-guards.js';
import { securityHeaders, sendHeaders } from './headers/security-headers.js';
import { parseCredentials } from './provision/couch-client.js';
import { staticApp } from './static-app.js';
import { publicStatus } from './status/public-status.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
/** @type {any} CommonJS, no type declarations */
const express = require('express');

/**
 * @typedef {import('./provision/couch-client.js').Credentials} Credentials
 * @typedef {{
 *   port?: number, host?: string, buildDir?: string, dataDir?: string,
 *   admin?: Credentials, demoPassword?: string, seedDir?: string,
 *   provision?: boolean, corsOrigin?: string | null, processGuards?: boolean
 * }} ServerOptions
 * @typedef {{
 *   url: string, couchUrl: string, close: () => Promise<void>,
 *   dataDir: string, admin: Credentials,
 *   provisioned: Awaited<ReturnType<typeof provisionDemo>> | null
 * }} RunningServer
 */

/**
 * @param {http.Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<number>} the port actually bound (port 0 picks a free one)
 */
async function listen(server, port, host) {
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = server.address();
	return typeof address === 'object' && address ? address.port : port;
}

/** @param {http.Server} server */
function stop(server) {
	return new Promise((resolve) => {
		server.close(() => resolve(undefined));
		// Live _changes feeds and keep-alive sockets would hold close() open.
		server.closeAllConnections();
	});
}

/**
 * The MotCua server: the built app and, on the same origin under `/couchdb`, a
 * CouchDB-compatible server stored under `dataDir`, provisioned with the demo upstream.
 * Options fall back to the environment (PORT, HOST, DATA_DIR, COUCH_ADMIN as
 * `user:password`, DEMO_PASSWORD, SEED_DIR, CORS_ORIGIN, PROVISION=0), so every port is
 * configurable (TOOLCHAIN pitfall 9); port 0 picks a free one.
 *
 * Provisioning runs over HTTP on a private loopback listener before the public port opens: once
 * the URL answers, databases, users and the catalog are in place (Playwright's `webServer`
 * waits for exactly that).
 * @param {ServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
	const env = process.env;
	const port = options.port ?? Number(env.PORT ?? 4173);
	const host = options.host ?? env.HOST ?? '127.0.0.1';
	const buildDir = options.buildDir ?? path.join(repoRoot, 'build');
	const dataDir = options.dataDir ?? path.resolve(env.DATA_DIR ?? 'data');
	const admin = options.admin ?? parseCredentials(env.COUCH_ADMIN ?? 'admin:motcua-admin');
	const demoPassword = options.demoPassword ?? env.DEMO_PASSWORD ?? 'motcua';
	const seedDir =
		options.seedDir ?? path.resolve(env.SEED_DIR ?? path.join(repoRoot, 'src/lib/seed'));
	const shouldProvision = options.provision ?? env.PROVISION !== '0';
	const corsOrigin = options.corsOrigin ?? env.CORS_ORIGIN ?? null;
	if (options.processGuards ?? true) installProcessGuards();

	const couch = await createEmbeddedCouch({ dataDir, admin });
	const app = express();
	app.disable('x-powered-by');
	app.use(sendHeaders(securityHeaders(buildDir)));
	app.use(bodyLimit());
	app.use(compress());
	app.use('/couchdb', couch.router);
	// The one public path: a dossier's status by its random token, no login (issue 16).
	app.use('/status', publicStatus(couch.readDoc));
	app.use(staticApp(buildDir));
	app.use((/** @type {any} */ _req, /** @type {any} */ res) => {
		res.status(404).type('text/plain').send('Not found');
	});
	// Errors that escape a handler (e.g. a malformed %-escape in a path: express answers 400):
	// a CouchDB-style JSON answer instead of express's HTML page and a logged stack trace.
	app.use(
		(
			/** @type {any} */ err,
			/** @type {any} */ _req,
			/** @type {any} */ res,
			/** @type {any} */ next
		) => {
			const status = Number(err?.status ?? err?.statusCode) || 500;
			if (status >= 500) console.error('[motcua] request failed:', err);
			// Mid-response, only express's default handler can end it (it closes the socket).
			if (res.headersSent) return next(err);
			const error = status >= 500 ? 'unknown_error' : 'bad_request';
			res.status(status).json({ error, reason: String(err?.message ?? err) });
		}
	);

	const server = http.createServer(app);
	let provisioned = null;
	try {
		if (shouldProvision) {
			const internal = http.createServer(app);
			const internalPort = await listen(internal, 0, '127.0.0.1');
			try {
				const couchUrl = `http://127.0.0.1:${internalPort}/couchdb`;
				provisioned = await provisionDemo({ couchUrl, admin, demoPassword, seedDir, corsOrigin });
			} finally {
				await stop(internal);
			}
		}
		const actualPort = await listen(server, port, host);
		const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
		const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${actualPort}/`;
		return {
			url,
			couchUrl: `${url}couchdb`,
			dataDir,
			admin,
			provisioned,
			close: async () => {
				await stop(server);
				await couch.close();
			}
		};
	} catch (err) {
		await couch.close();
		throw err;
	}
}
