// Bundles the benchmark's TypeScript entries into .tmp/bench: the data generator (run by Node,
// it imports only the pure domain and the seed catalog) and the harness page's script (MotCua's
// sync engine and plain PouchDB, run in Chromium). Used by bench/run.js.
import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
	root,
	logLevel: 'warn',
	resolve: { alias: { $lib: path.join(root, 'src/lib') } },
	build: {
		outDir: path.join(root, '.tmp/bench'),
		emptyOutDir: true,
		minify: false,
		target: 'es2022',
		lib: {
			entry: {
				generate: path.join(root, 'bench/lib/generate.ts'),
				harness: path.join(root, 'bench/harness/harness.ts')
			},
			formats: ['es']
		}
	}
});
