// The benchmark's upstream: scripts/start.js, what `npm start` runs (the production build and the embedded
// CouchDB-compatible server, freshly provisioned in a temporary folder removed on exit) as its
// own process, plus the few admin and upload requests the benchmark needs.
import { spawn } from 'node:child_process';
import { createCouchClient } from '../server/provision/couch-client.js';
import { ensureDatabase, ensureDesignDoc, ensureSecurity } from '../server/provision/databases.js';
import { freePort } from '../scripts/free-port.js';

export const PASSWORD = 'motcua';
const ADMIN = { name: 'admin', password: 'motcua-admin' };

/** Starts the server; resolves with its origin and a `stop()`. */
export async function startUpstream() {
	const port = await freePort();
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			TEMP_DATA: '1',
			COUCH_ADMIN: 'admin:motcua-admin'
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		child.once('exit', (code) =>
			reject(new Error(`the server (scripts/start.js) exited with ${code}`))
		);
		child.stdout?.on(
			'data',
			(d) => String(d).includes('MotCua đang chạy tại') && resolve(undefined)
		);
	});
	const origin = `http://127.0.0.1:${port}`;
	const admin = createCouchClient(`${origin}/couchdb`, ADMIN);
	return {
		origin,
		couch: `${origin}/couchdb`,
		pid: child.pid,
		/** A new commune-style database with the commune validation (written by the server admin). */
		async createDb(/** @type {string} */ db) {
			await ensureDatabase(admin, db);
			await ensureSecurity(admin, db, {
				members: { names: [], roles: ['upstream'] },
				admins: { names: [], roles: [] }
			});
			await ensureDesignDoc(admin, db, 'commune');
		},
		/** @param {string} db */
		async deleteDb(db) {
			await admin.request('DELETE', `/${encodeURIComponent(db)}`);
		},
		/** @param {string} db @returns {Promise<number>} */
		async docCount(db) {
			const info = await admin.expect('GET', `/${encodeURIComponent(db)}`);
			return info.doc_count;
		},
		/**
		 * Writes documents as the server admin: validate_doc_update still checks every one (since
		 * issue 17 the `upstream` role writes only its own one-stop events to a commune).
		 * @param {string} db
		 * @param {object[]} docs
		 */
		async upload(db, docs) {
			const BATCH = 2000;
			const batches = [];
			for (let i = 0; i < docs.length; i += BATCH) batches.push(docs.slice(i, i + BATCH));
			const send = async (/** @type {object[]} */ batch) => {
				const res = await admin.request('POST', `/${encodeURIComponent(db)}/_bulk_docs`, {
					docs: batch
				});
				const refused = Array.isArray(res.body) ? res.body.filter((r) => r.error) : [res.body];
				if (res.status >= 300 || refused.length > 0) {
					throw new Error(`upload to ${db}: ${res.status} ${JSON.stringify(refused.slice(0, 2))}`);
				}
			};
			// Two requests in flight: the server validates while the next batch is on its way.
			for (let i = 0; i < batches.length; i += 2)
				await Promise.all(batches.slice(i, i + 2).map(send));
		},
		stop() {
			return new Promise((resolve) => {
				child.once('exit', () => resolve(undefined));
				child.kill('SIGTERM');
			});
		}
	};
}
