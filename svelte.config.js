import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A pure client-rendered SPA: every route falls back to index.html so the service worker
		// can serve the whole app with no server code (TOOLCHAIN pitfall 7).
		adapter: adapter({ fallback: 'index.html', strict: true }),
		serviceWorker: { register: false },
		// The benchmark's TypeScript (bench/, bundled by bench/vite.config.js) is type-checked too.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../bench/**/*.ts');
			}
		}
	}
};

export default config;
