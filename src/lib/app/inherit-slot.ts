import { getRuntime } from '$lib/db/runtime';
import { inheritNumbering } from '$lib/db/store';

/**
 * Once per page, when the records lane first catches up on a device holding a freed slot
 * (issue 19): raise its counters past its predecessor's dossiers (`inheritNumbering`).
 */
let done = false;

export async function inheritSlotOnce(): Promise<void> {
	const rt = getRuntime();
	if (done || !rt.commune || rt.device.slot === null || !rt.device.slot_generation) return;
	done = true;
	await inheritNumbering(rt.journal, rt.commune, rt.device.slot).catch(() => {
		done = false;
	});
}
