import net from 'node:net';

/**
 * A TCP proxy between a client (browser or PouchDB) and the upstream server that behaves like a
 * bad rural link: added latency, a bandwidth cap, and connections cut at random or on command.
 * It works below HTTP, so whatever crosses it (keep-alive, chunked `_changes` feeds, gzip) is cut
 * exactly as a real link would cut it: mid-request, mid-response, mid-header.
 *
 * @typedef {{ latencyMs?: number, bandwidthBps?: number, cutProbability?: number, blackhole?: boolean }} Faults
 */

/**
 * Paces one direction of one connection: chunks leave in order, each after the latency, and no
 * faster than the bandwidth allows (bytes × 8 / bps seconds per chunk).
 * @param {net.Socket} to
 * @param {() => Faults} faults
 * @param {(n: number) => void} count
 */
function pacer(to, faults, count) {
	let busyUntil = 0;
	/** @param {{ length: number }} chunk a Buffer from the socket */
	return (chunk) => {
		const f = faults();
		const now = Date.now();
		const sendTime = f.bandwidthBps ? (chunk.length * 8 * 1000) / f.bandwidthBps : 0;
		const start = Math.max(now + (f.latencyMs ?? 0), busyUntil);
		busyUntil = start + sendTime;
		const delay = busyUntil - now;
		const write = () => {
			if (!to.destroyed) {
				// @types/node 20 and TypeScript 6 disagree on Buffer's backing store type.
				to.write(/** @type {Uint8Array} */ (/** @type {unknown} */ (chunk)));
				count(chunk.length);
			}
		};
		if (delay <= 0) write();
		else setTimeout(write, delay);
	};
}

/**
 * @param {{ target: { host: string, port: number } } & Faults} options
 */
export async function createFaultProxy(options) {
	let target = options.target;
	/** @type {Faults} */
	let faults = {
		latencyMs: options.latencyMs ?? 0,
		bandwidthBps: options.bandwidthBps ?? 0,
		cutProbability: options.cutProbability ?? 0,
		blackhole: options.blackhole ?? false
	};
	const stats = { connections: 0, cuts: 0, bytesUp: 0, bytesDown: 0 };
	/** @type {Set<net.Socket>} */
	const sockets = new Set();

	/** @param {net.Socket} a @param {net.Socket} b */
	const cut = (a, b) => {
		stats.cuts += 1;
		a.destroy();
		b.destroy();
	};

	const server = net.createServer((client) => {
		stats.connections += 1;
		if (faults.blackhole) {
			client.destroy();
			return;
		}
		const upstream = net.connect(target.port, target.host);
		sockets.add(client);
		sockets.add(upstream);
		const up = pacer(
			upstream,
			() => faults,
			(n) => (stats.bytesUp += n)
		);
		const down = pacer(
			client,
			() => faults,
			(n) => (stats.bytesDown += n)
		);
		const maybeCut = () => {
			const p = faults.cutProbability ?? 0;
			if (p > 0 && Math.random() < p) {
				cut(client, upstream);
				return true;
			}
			return false;
		};
		client.on('data', (chunk) => {
			if (!maybeCut()) up(chunk);
		});
		upstream.on('data', (chunk) => {
			if (!maybeCut()) down(chunk);
		});
		const close = () => {
			sockets.delete(client);
			sockets.delete(upstream);
			client.destroy();
			upstream.destroy();
		};
		client.on('close', close);
		upstream.on('close', close);
		client.on('error', close);
		upstream.on('error', close);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {net.AddressInfo} */ (server.address());

	return {
		url: `http://127.0.0.1:${address.port}`,
		port: address.port,
		stats,
		/** @param {Partial<Faults>} next */
		set(next) {
			faults = { ...faults, ...next };
		},
		/** Points the proxy at another server (after a restart on a new port). */
		/** @param {{ host: string, port: number }} next */
		retarget(next) {
			target = next;
		},
		/** Cuts every open connection now. */
		cutAll() {
			const open = [...sockets];
			if (open.length > 0) stats.cuts += 1;
			for (const s of open) s.destroy();
			sockets.clear();
		},
		close() {
			for (const s of sockets) s.destroy();
			return new Promise((resolve) => server.close(() => resolve(undefined)));
		}
	};
}
