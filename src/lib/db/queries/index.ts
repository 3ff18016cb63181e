/** What screens read: named read-model queries and the live helpers that follow them. */
export * from './read-queries';
export * from './live.svelte';
export * from './dossier-live.svelte';
export * from './media-queries';
export * from './queue-query';
export * from './queue-live.svelte';
export * from './agency-query';
