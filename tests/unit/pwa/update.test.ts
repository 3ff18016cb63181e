import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdateState } from '$lib/pwa/update.svelte';

describe('UpdateState', () => {
	let reloads: number;
	let activations: number;
	let update: UpdateState;

	beforeEach(() => {
		vi.useFakeTimers();
		reloads = 0;
		activations = 0;
		update = new UpdateState(() => reloads++);
	});
	afterEach(() => vi.useRealTimers());

	const offer = () => update.offer(() => activations++);

	it('shows nothing until a new version waits', () => {
		expect(update.visible).toBe(false);
		offer();
		expect(update.phase).toBe('waiting');
		expect(update.visible).toBe(true);
	});

	it('never reloads unless the officer accepts', () => {
		offer();
		vi.advanceTimersByTime(60 * 60 * 1000);
		update.later();
		expect(update.visible).toBe(false);
		expect(update.phase).toBe('waiting');
		expect(reloads).toBe(0);
		expect(activations).toBe(0);
	});

	it('accepting activates the new worker and reloads once it controls the page', () => {
		offer();
		update.accept();
		expect(activations).toBe(1);
		expect(update.phase).toBe('applying');
		expect(reloads).toBe(0);
		update.controlled();
		expect(reloads).toBe(1);
		vi.advanceTimersByTime(60_000);
		expect(reloads).toBe(1);
	});

	it('reloads anyway if the accepted worker never takes control', () => {
		offer();
		update.accept();
		vi.advanceTimersByTime(10_000);
		expect(reloads).toBe(1);
	});

	it('a version turned on in another tab waits for the officer here too', () => {
		update.controlled();
		expect(update.phase).toBe('elsewhere');
		expect(reloads).toBe(0);
		update.accept();
		expect(reloads).toBe(1);
		expect(activations).toBe(0);
	});

	it('"Để sau" keeps the offer and can be reopened', () => {
		offer();
		update.later();
		offer();
		expect(update.visible).toBe(false);
		update.reopen();
		expect(update.visible).toBe(true);
	});

	it('a form holds the page busy and has its draft flushed before the update', () => {
		const flushed: string[] = [];
		const release = update.hold('intake', () => flushed.push('intake'));
		expect(update.busy).toBe(true);
		offer();
		update.accept();
		expect(flushed).toEqual(['intake']);
		release();
		expect(update.busy).toBe(false);
	});
});
