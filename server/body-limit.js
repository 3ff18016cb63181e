import { MAX_REQUEST_BYTES } from './provision/request-limits.js';

/**
 * Bounds the bytes of every request body before anything reads it (issue 19), as the reverse
 * proxies' `client_max_body_size` does: a declared `Content-Length` over the limit is refused
 * at once (413), and a body sent without one (chunked) is refused (411), since it could not be
 * bounded before express-pouchdb starts reading it. What a gzip body inflates to is bounded
 * again after inflation by express-pouchdb's JSON parser (`max_document_size`, set to the same
 * limit in couch/embedded-couch.js): a small body that inflates past it gets 413.
 * @param {number} [limit]
 * @returns {(req: any, res: any, next: () => void) => void}
 */
export function bodyLimit(limit = MAX_REQUEST_BYTES) {
	return (req, res, next) => {
		const declared = req.headers['content-length'];
		const chunked = /chunked/i.test(String(req.headers['transfer-encoding'] ?? ''));
		if (declared === undefined && !chunked) return next();
		const refuse = (/** @type {number} */ status, /** @type {string} */ reason) => {
			res.statusCode = status;
			res.setHeader('Content-Type', 'application/json');
			res.setHeader('Connection', 'close');
			res.end(JSON.stringify({ error: status === 413 ? 'too_large' : 'bad_request', reason }));
			// Whatever the client still sends is thrown away, not buffered.
			req.resume();
		};
		if (declared === undefined) {
			return refuse(411, 'A request body must declare its Content-Length.');
		}
		if (Number(declared) > limit) {
			return refuse(413, `A request body may not exceed ${limit} bytes.`);
		}
		next();
	};
}
