import sirv from 'sirv';

/**
 * Serves the built SPA from `build/` (TOOLCHAIN pitfall 3: `vite preview` breaks the service
 * worker). Every unknown path falls back to index.html; the service worker and index.html are
 * never cached by the browser's HTTP cache (so a new deploy is seen), hashed assets are immutable.
 * @param {string} dir the adapter-static output folder
 */
export function staticApp(dir) {
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
