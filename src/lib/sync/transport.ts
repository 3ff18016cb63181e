/**
 * The fetch PouchDB's http adapter uses to reach upstream (passed as its `fetch` option, since
 * pouchdb-fetch captures the global fetch at import time). It:
 * - gzips request bodies (Apache CouchDB 3.4 and the embedded server both accept
 *   `Content-Encoding: gzip`; replication bodies of dossier and event documents shrink ~10×);
 * - reads the server's Date header to compare the device clock;
 * - counts bytes on the wire for the status screen and the benchmarks.
 */

export interface TransportStats {
	bytesSent: number;
	bytesReceived: number;
	requests: number;
	/** Server time minus device time, from the last response's Date header. */
	clockOffsetMs: number | null;
}

/** Bodies smaller than this are sent as they are: gzip would not pay for its header. */
const GZIP_MIN_BYTES = 1024;

async function gzip(text: string): Promise<Uint8Array> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function createTransport(stats: TransportStats, base: typeof fetch = fetch): typeof fetch {
	return async (input, init) => {
		const request: RequestInit = { ...init };
		const body = init?.body;
		let sent = 0;
		if (typeof body === 'string') {
			sent = body.length;
			if (body.length >= GZIP_MIN_BYTES && typeof CompressionStream !== 'undefined') {
				const compressed = await gzip(body);
				const headers = new Headers(init?.headers);
				headers.set('Content-Encoding', 'gzip');
				request.headers = headers;
				request.body = compressed as BodyInit;
				sent = compressed.byteLength;
			}
		}
		const before = Date.now();
		const response = await base(input, request);
		const after = Date.now();
		stats.requests += 1;
		stats.bytesSent += sent;
		const length = Number(response.headers.get('Content-Length') ?? 0);
		stats.bytesReceived += Number.isFinite(length) ? length : 0;
		const date = response.headers.get('Date');
		if (date) {
			const server = Date.parse(date);
			// The Date header has one-second resolution: compare with the request's midpoint.
			if (Number.isFinite(server)) stats.clockOffsetMs = server - (before + after) / 2;
		}
		return response;
	};
}
