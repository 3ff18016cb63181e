/**
 * The public API of the pure domain core (DESIGN.md "Layout"): schemas, commands, the fold,
 * calendar, dossier codes, the catalog's helpers, validators and search. Pure TypeScript: no IO,
 * no clock, no Svelte.
 */
export * from './errors';
export * from './status';
export * from './schemas';
export * from './clock';
export * from './codes';
export * from './commands';
export * from './fold';
export * from './calendar';
export * from './catalog/fees';
export * from './catalog/parse-catalog';
export * from './catalog/procedure-in-force';
export * from './catalog/search-procedures';
export * from './validate/applicant-name';
export * from './validate/citizen-id';
export * from './validate/email';
export * from './validate/phone';
export * from './validate/zod-errors';
export * from './search/fold-text';
export * from './search/search-terms';
