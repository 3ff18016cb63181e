import { z } from 'zod';
import { QueueGroup } from '$lib/domain/schemas/queue';

/** Which counter this screen is and what it serves, remembered on the device between days. */
const KEY = 'motcua.queue.counter';
const Setup = z.object({
	counter: z.number().int().min(1).max(99),
	groups: z.array(QueueGroup)
});
export type CounterSetup = z.infer<typeof Setup>;

export function loadCounterSetup(): CounterSetup {
	const fallback: CounterSetup = { counter: 1, groups: [...QueueGroup.options] };
	if (typeof localStorage === 'undefined') return fallback;
	try {
		return Setup.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null')).data ?? fallback;
	} catch {
		return fallback;
	}
}

export function saveCounterSetup(setup: CounterSetup): void {
	localStorage.setItem(KEY, JSON.stringify(setup));
}
