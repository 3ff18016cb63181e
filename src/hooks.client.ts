import type { ClientInit } from '@sveltejs/kit';
import { version } from '$app/environment';
import { initSync } from '$lib/app/sync';
import { startRuntime } from '$lib/db/runtime';

/** Opens the databases, replays the intake journal and starts the projector before any page. */
export const init: ClientInit = async () => {
	await startRuntime({ appVersion: version });
	await initSync();
};
