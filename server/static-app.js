import fs from 'node:fs';
import sirv from 'sirv';

/**
 * Serves the built SPA from `build/` (TOOLCHAIN pitfall 3: `vite preview` breaks the service
 * worker). Every unknown path falls back to index.html; the service worker and index.html are
 * never cached by the browser's HTTP cache (so a new deploy is seen), hashed assets are immutable.
 * Without a build (tests of the CouchDB side only) it answers 503 with what to run.
 * @param {string} dir the adapter-static output folder
 * @returns {(req: any, res: any, next: () => void) => void}
 */
export function staticApp(dir) {
	if (!fs.existsSync(dir)) {
		return (_req, res) => {
			res.statusCode = 503;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end(`The app is not built (${dir} is missing): run npm run build.\n`);
		};
	}
	return sirv(dir, {
		single: 'index.html',
		etag: true,
		gzip: false,
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/')) {
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			} else {
				res.setHeader('Cache-Control', 'no-cache');
			}
		}
	});
}
