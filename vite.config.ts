import { sveltekit } from '@sveltejs/kit/vite';
// defineConfig from vitest/config so svelte-check accepts the `test` block (TOOLCHAIN pitfall 8).
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		// `npm run drill` runs the full fault drills instead of the unit suites.
		include: process.env.MOTCUA_DRILL ? ['tests/drill/**/*.drill.ts'] : ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// IndexedDB must exist before PouchDB's idb adapter registers (it checks at registration).
		setupFiles: ['tests/unit/setup-indexeddb.ts'],
		// A test that asserts nothing fails (issue 21): every test must be able to fail.
		expect: { requireAssertions: true },
		// A budget per test, not a timing claim (benchmarks measure speed): property tests and
		// server restarts took over vitest's default 5 s on a loaded 2-core CI machine.
		testTimeout: 20_000
	}
});
