/**
 * The public status lookup of the embedded server (issue 16): `GET /status/<commune>/<token>`
 * answers one document of `status-<commune>` by id, with no login, and nothing else. It is the
 * same contract as the reverse proxy's `/status/` location in front of Apache CouchDB
 * (server/deploy/, docs/DEPLOY.md §4): CouchDB cannot let anonymous readers GET a document by id
 * while refusing them `_all_docs`, `_changes` or `_find` (readers of a database read all of it),
 * so the status databases stay members-only and only this one path is public.
 *
 * Only the public fields leave, whatever is stored (the validate function already refuses any
 * other field: this is the second lock). Any other method, or a path of any other shape, is
 * refused; a listing is never reachable here.
 */

/** Public status fields, as validate-status.js allows them (minus CouchDB's own `_` fields). */
export const PUBLIC_FIELDS = [
	'type',
	'commune',
	'code',
	'procedure_code',
	'procedure_name',
	'status',
	'appointment_at',
	'supplement_needed',
	'unit_name',
	'unit_address',
	'updated_at'
];

/** `/status/<5-digit commune>/<16 Crockford base32 characters>`: the whole public surface. */
export const PUBLIC_PATH = /^\/status\/(\d{5})\/([0-9A-HJKMNP-TV-Z]{16})$/;

/**
 * @param {any} res
 * @param {number} status
 * @param {Record<string, unknown>} body
 */
function send(res, status, body) {
	res.status(status).set('Cache-Control', 'no-store').json(body);
}

/**
 * Express middleware for `/status/*`.
 * @param {(db: string, id: string) => Promise<Record<string, unknown> | null>} readDoc reads one
 *   document as the server (null when the database or the document does not exist)
 */
export function publicStatus(readDoc) {
	return async (/** @type {any} */ req, /** @type {any} */ res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			return send(res, 403, { error: 'forbidden', reason: 'The public status is read-only.' });
		}
		const match = PUBLIC_PATH.exec(String(req.originalUrl).split('?')[0] ?? '');
		if (!match) return send(res, 404, { error: 'not_found', reason: 'missing' });
		try {
			const doc = await readDoc(`status-${match[1]}`, String(match[2]));
			if (!doc || doc.type !== 'status') {
				return send(res, 404, { error: 'not_found', reason: 'missing' });
			}
			/** @type {Record<string, unknown>} */
			const out = { _id: match[2] };
			for (const key of PUBLIC_FIELDS) if (key in doc) out[key] = doc[key];
			return send(res, 200, out);
		} catch (err) {
			console.error('[motcua] public status read failed:', err);
			return send(res, 500, { error: 'unknown_error', reason: 'The status could not be read.' });
		}
	};
}
