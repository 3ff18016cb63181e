import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * Rule 4: an import that leaves its folder says where it goes, `$lib/…`; `./` stays inside.
 * Flat config lets the last block's `no-restricted-imports` win, so every block that sets the
 * rule carries this pattern too.
 */
const noClimbing = {
	regex: '^\\.\\./',
	message: "Import across src/lib folders with '$lib/…', not '../'."
};

/**
 * Each folder of src/lib/db has one entry module (its index.ts): code outside the folder imports
 * `$lib/db/store`, never `$lib/db/store/journal`.
 */
const noDeepDb = {
	group: ['$lib/db/*/*'],
	message: 'Import a src/lib/db folder through its entry ($lib/db/<folder>), not its files.'
};

/** Rule 1 of the house: the domain core is pure, it imports no IO, no Svelte, no browser code. */
const pureDomain = {
	files: ['src/lib/domain/**/*.ts'],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					noClimbing,
					{
						group: [
							'$app/*',
							'svelte',
							'svelte/*',
							'$lib/db/*',
							'$lib/sync/*',
							'$lib/app/*',
							'$lib/ui/*',
							'$lib/pwa/*'
						],
						message: 'src/lib/domain is pure: no Svelte, SvelteKit, db, sync or app imports.'
					},
					{
						group: ['**/db/*', '**/sync/*', '**/app/*', '**/ui/*', '**/pwa/*'],
						message: 'src/lib/domain is pure: no IO layers.'
					},
					{
						group: ['dexie', 'pouchdb*', 'workbox-*', 'node:*', 'fs', 'path'],
						message: 'src/lib/domain is pure: no storage, browser or Node APIs.'
					}
				]
			}
		],
		'no-restricted-globals': [
			'error',
			{ name: 'window', message: 'domain is pure' },
			{ name: 'document', message: 'domain is pure' },
			{ name: 'localStorage', message: 'domain is pure' },
			{ name: 'indexedDB', message: 'domain is pure' },
			{ name: 'fetch', message: 'domain is pure' },
			{ name: 'navigator', message: 'domain is pure' }
		],
		'no-restricted-syntax': [
			'error',
			{
				selector: "NewExpression[callee.name='Date'][arguments.length=0]",
				message: 'domain gets time as an argument: no clock reads.'
			},
			{
				selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
				message: 'domain gets time as an argument: no clock reads.'
			},
			{
				selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
				message: 'domain gets ids and randomness as arguments.'
			}
		]
	}
};

/** Every other file of src/: only the climbing rule. */
const noClimbingInSrc = {
	files: ['src/**/*'],
	rules: { 'no-restricted-imports': ['error', { patterns: [noClimbing, noDeepDb] }] }
};

/**
 * Rule 3: components never call PouchDB or Dexie, nor reach into storage or sync internals:
 * they read through the queries entry (with its live helpers) and the sync status, and act
 * through $lib/app.
 */
const noStorageInUi = {
	files: ['src/routes/**/*', 'src/lib/ui/**/*'],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					noClimbing,
					noDeepDb,
					{
						group: ['$lib/sync/*', '!$lib/sync/status.svelte'],
						message:
							'Components read sync state through $lib/sync/status.svelte and act through $lib/app.'
					},
					{
						group: ['$lib/app/*', '!$lib/app/commands'],
						message:
							'Components act through the command map: import { commands } from $lib/app/commands.'
					},
					{
						group: ['dexie', 'pouchdb*', '$lib/db/*', '!$lib/db/queries'],
						message:
							'Components read through $lib/db/queries (with its live helpers) and act through $lib/app.'
					}
				]
			}
		]
	}
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'data/',
			'.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-explicit-any': 'error'
		}
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	},
	noClimbingInSrc,
	pureDomain,
	noStorageInUi
);
