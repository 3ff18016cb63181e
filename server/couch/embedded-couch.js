import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PouchDB from 'pouchdb-core';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import { corsFromConfig } from './cors.js';
import { installGuards } from './guards.js';
import { MAX_REQUEST_BYTES } from '../provision/request-limits.js';

const require = createRequire(import.meta.url);
// CommonJS packages without type declarations.
/** @type {any} */
const express = require('express');
/** @type {any} */
const expressPouchDB = require('express-pouchdb');
/** @type {any} */
const leveldb = require('pouchdb-adapter-leveldb');

// Plugins go on pouchdb-core's one shared class. The replication plugin is needed even though
// the server never replicates (pouchdb-security wraps `replicate.to`/`from` and fails without
// them) and may be installed once only per process (a second install throws), so check first:
// a test may have installed it for its client already.
PouchDB.plugin(leveldb).plugin(mapreduce);
if (!('replicate' in PouchDB.prototype)) PouchDB.plugin(replication);

/**
 * @typedef {import('../provision/couch-client.js').Credentials} Credentials
 * @typedef {{
 *   router: (req: any, res: any, next: (err?: unknown) => void) => void,
 *   readDoc: (db: string, id: string) => Promise<Record<string, unknown> | null>,
 *   close: () => Promise<void>
 * }} EmbeddedCouch
 */

/**
 * express-pouchdb's configuration file. It lives under the data directory (never the working
 * directory, where express-pouchdb would put it by default) and is rewritten at every start:
 * the admin comes from the options (the only server admin; express-pouchdb hashes the
 * password when it loads the file), the cookie secret is kept so sessions survive a restart,
 * and settings made over HTTP (CORS by `npm run provision`) are kept.
 * @param {string} file
 * @param {Credentials} admin
 * @param {string} logLevel
 */
function writeConfig(file, admin, logLevel) {
	const config = readJson(file);
	const auth = config.couch_httpd_auth ?? {};
	config.admins = { [admin.name]: admin.password };
	config.couch_httpd_auth = {
		...auth,
		secret: auth.secret ?? crypto.randomBytes(16).toString('hex')
	};
	config.log = { ...config.log, level: logLevel };
	// The JSON body limit of every request, counted after a gzip body is inflated
	// (express-pouchdb's default is 4 GB: one request could exhaust memory). A _bulk_docs batch
	// of 500 MotCua documents is well under 1 MB.
	config.couchdb = { ...config.couchdb, max_document_size: MAX_REQUEST_BYTES };
	fs.writeFileSync(`${file}.tmp`, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
	fs.renameSync(`${file}.tmp`, file);
}

/**
 * @param {string} file
 * @returns {Record<string, Record<string, unknown>>} its content; {} when missing or unreadable
 *   (everything in it is rewritten or regenerated at start)
 */
function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return {};
	}
}

/**
 * A CouchDB-compatible server: express-pouchdb 4.2.0 over pouchdb-core 9 with the leveldb
 * adapter, stored on disk under `<dataDir>/couchdb`. Mount `router` where clients expect
 * CouchDB (`/couchdb`).
 * @param {{ dataDir: string, admin: Credentials, logLevel?: string }} options
 * @returns {Promise<EmbeddedCouch>}
 */
export async function createEmbeddedCouch({ dataDir, admin, logLevel = 'warning' }) {
	const dbDir = path.resolve(dataDir, 'couchdb');
	const epDir = path.resolve(dataDir, 'express-pouchdb');
	fs.mkdirSync(dbDir, { recursive: true });
	fs.mkdirSync(epDir, { recursive: true });
	const configPath = path.join(epDir, 'config.json');
	writeConfig(configPath, admin, logLevel);

	/** @type {any} PouchDB with express-pouchdb's static additions (allDbs) */
	const Server = PouchDB.defaults({ prefix: dbDir + path.sep, adapter: 'leveldb' });

	const epApp = expressPouchDB({
		configPath,
		logPath: path.join(epDir, 'log.txt'),
		// Left out: compression (ours wraps the whole server, ../compress.js); the replicator
		// daemon and POST /_replicate (server-side replication is not offered: clients
		// replicate); virtual hosts (unused, and they reset req.url from the original URL,
		// undoing the /_node rewrite below).
		overrideMode: { exclude: ['compression', 'replicator', 'routes/replicate', 'routes/vhosts'] }
	});
	installGuards(epApp, readSecurity, readDoc);
	await epApp.setPouchDB(Server);

	const router = express.Router();
	router.use(corsFromConfig(epApp.couchConfig));
	router.use((/** @type {any} */ req, /** @type {any} */ _res, /** @type {() => void} */ next) => {
		// CouchDB 3 serves configuration under /_node/<node>/_config (`_local` = this node).
		req.url = req.url.replace(/^\/_node\/[^/]+(?=\/_config(\/|\?|$))/, '');
		next();
	});
	// Health check, as Apache CouchDB 3 answers it.
	router.get('/_up', (/** @type {any} */ _req, /** @type {any} */ res) => {
		res.json({ status: 'ok' });
	});
	router.use(epApp);

	/**
	 * A database's `_security` as express-pouchdb stores it (pouchdb-security keeps it in
	 * `_local/_security`), for the member guard; null when the database does not exist.
	 * @param {string} db
	 */
	async function readSecurity(db) {
		const doc = await readDoc(db, '_local/_security');
		if (doc === null) return (await Server.allDbs()).includes(db) ? {} : null;
		return /** @type {any} */ (doc).security ?? {};
	}

	/**
	 * One document read as the server itself, for the public status route (server/status/). A
	 * database that does not exist is never created by asking (opening a leveldb name would).
	 * @param {string} db
	 * @param {string} id
	 */
	async function readDoc(db, id) {
		/** @type {string[]} */
		const names = await Server.allDbs();
		if (!names.includes(db)) return null;
		try {
			return await new Server(db).get(id);
		} catch (err) {
			if (/** @type {any} */ (err)?.status === 404) return null;
			throw err;
		}
	}

	async function close() {
		await epApp.daemonManager.stop(Server);
		/** @type {string[]} */
		const names = await Server.allDbs().catch(() => []);
		// One leveldb store per database, shared by every PouchDB object of that name: closing
		// one instance per name releases them all (and their LOCK files).
		for (const name of [...new Set([...names, '_users', '_replicator']), 'pouch__all_dbs__']) {
			await new Server(name).close().catch(() => undefined);
		}
		epApp.couchLogger?._stream?.end();
	}

	return { router, readDoc, close };
}
