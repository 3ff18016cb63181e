import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {any} */
const express = require('express');

/**
 * An officer changing their own password on the embedded server (issue 19), as Apache CouchDB 3
 * allows it once provisioned (server/provision/own-password.js): a non-admin may PUT only their
 * own `org.couchdb.user:<name>`, which must already exist, with the same `name`, `type` and
 * `roles`; a new `password` is hashed by pouchdb-auth on save. express-pouchdb 4.2.0 by itself
 * treats a user writing their own document as `_admin` (any role could be granted), so the
 * checks are made here, on the parsed body, before its route runs; body-parser marks the body
 * as read and express-pouchdb's own JSON parser then uses it as it is.
 */
const parseJson = express.json({ limit: '64kb', type: () => true });

/**
 * @param {any} req
 * @param {any} res
 * @param {(err?: unknown) => void} next
 * @param {{ id: string, readDoc: (db: string, id: string) => Promise<any> }} ctx
 * @param {(res: any, status: number, error: string, reason: string) => void} send
 */
export function ownUserWrite(req, res, next, { id, readDoc }, send) {
	parseJson(req, res, (/** @type {unknown} */ err) => {
		if (err) return send(res, 400, 'bad_request', 'invalid_json');
		readDoc('_users', id)
			.then((stored) => {
				const body = req.body ?? {};
				if (!stored)
					return send(res, 403, 'forbidden', 'Accounts are created by the upstream office.');
				if (body._deleted === true) {
					return send(res, 403, 'forbidden', 'Accounts are removed by the upstream office.');
				}
				const same = (/** @type {unknown} */ a, /** @type {unknown} */ b) =>
					JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
				if (body._id !== undefined && body._id !== id) {
					return send(res, 400, 'bad_request', 'The _id does not match the path.');
				}
				if (!same(body.roles, stored.roles)) {
					return send(res, 403, 'forbidden', 'Only _admin may edit roles');
				}
				if (body.name !== stored.name || body.type !== stored.type) {
					return send(res, 403, 'forbidden', 'Only _admin may change the name or type.');
				}
				next();
			})
			.catch((/** @type {unknown} */ e) => next(e));
	});
}
