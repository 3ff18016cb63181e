import net from 'node:net';

/**
 * A loopback port nobody listens on right now (TOOLCHAIN pitfall 9: never a fixed port), for
 * servers the tests and benchmarks start.
 * @returns {Promise<number>}
 */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			srv.close(() => resolve(port));
		});
	});
}
