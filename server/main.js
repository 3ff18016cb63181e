import http from 'node:http';
import path from 'node:path';
import { staticApp } from './static-app.js';

/**
 * The MotCua server: the built app on one origin. Options come from the environment so every
 * port is configurable (TOOLCHAIN pitfall 9).
 * @param {{ port?: number, host?: string, buildDir?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
	const port = options.port ?? Number(process.env.PORT ?? 4173);
	const host = options.host ?? process.env.HOST ?? '127.0.0.1';
	const buildDir = options.buildDir ?? path.resolve('build');
	const app = staticApp(buildDir);
	const server = http.createServer((req, res) => {
		app(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/`,
		close: () => new Promise((resolve) => server.close(() => resolve(undefined)))
	};
}
