import { afterEach, describe, expect, it } from 'vitest';
import { stopRuntime } from '$lib/db/runtime';
import { freshDevice, restart } from './harness';

afterEach(async () => {
	await stopRuntime();
});

describe('the catalog in the read model', () => {
	it('is loaded from the bundled seed on a new device', async () => {
		const rt = await freshDevice();
		expect(await rt.read.procedures.count()).toBeGreaterThanOrEqual(20);
		expect(await rt.read.calendars.count()).toBe(3);
		expect((await rt.read.meta.get('catalog.source'))?.value).toBe('bundled');
	});

	it('is not rebuilt at every start, but is refreshed by a new app build', async () => {
		let rt = await freshDevice();
		const before = await rt.read.procedures.count();
		await rt.read.procedures.delete('1.001193');
		rt = await restart();
		expect(await rt.read.procedures.count()).toBe(before - 1);
		rt = await restart('build-2');
		expect(await rt.read.procedures.count()).toBe(before);
	});
});
