import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {any} CommonJS, no type declarations */
const compression = require('compression');

/**
 * gzip for every response (the app and /couchdb). Apache CouchDB never compresses its own
 * responses, so production puts the same in a reverse proxy (docs/SERVER.md).
 *
 * A live `_changes` feed (longpoll, continuous, eventsource) writes a little at a time and
 * stays open; zlib would hold those bytes (heartbeats included) until its buffer fills, so each
 * write is flushed through at once. Request bodies sent with `Content-Encoding: gzip` are
 * inflated by express-pouchdb's body parser itself.
 * @returns {(req: any, res: any, next: (err?: unknown) => void) => void}
 */
export function compress() {
	const gzip = compression();
	return (req, res, next) => {
		gzip(req, res, (/** @type {unknown} */ err) => {
			const live = /^(longpoll|continuous|eventsource)$/.test(String(req.query?.feed));
			if (!err && live && /\/_changes$/.test(req.path)) {
				// `res.write` is compression's by now: flush after each of the feed's writes.
				const write = res.write;
				res.write = (/** @type {any[]} */ ...args) => {
					const ok = write.apply(res, args);
					res.flush?.();
					return ok;
				};
			}
			next(err);
		});
	};
}
