import type { ClientInit } from '@sveltejs/kit';
import { initSync } from '$lib/app/sync';
import { startRuntime } from '$lib/db/runtime';

/** Opens the databases, replays the intake journal and starts the projector before any page. */
export const init: ClientInit = async () => {
	await startRuntime();
	await initSync();
};
