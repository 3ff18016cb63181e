import { z } from 'zod';
import { getRuntime, reloadDevice } from '$lib/db/runtime';
import { saveDeviceSetup } from '$lib/db/store';
import { parseWith } from '$lib/domain/validate/zod-errors';
import type { Result } from '$lib/domain/errors';
import { CommuneCode } from '$lib/domain/schemas/unit';
import { Officer } from '$lib/domain/schemas/dossier';

/**
 * Setting up this device: which commune it serves, the officer using it, and the slot upstream
 * gave it for dossier codes (normally by enrolment online; typed in here when upstream gives it
 * by phone or paper). A wrong slot can collide with another device, so the form says so.
 */
export const DeviceSetup = z.object({
	commune_code: CommuneCode,
	slot: z.coerce.number().int().min(0).max(9).nullable(),
	officer: Officer
});
export type DeviceSetupInput = z.input<typeof DeviceSetup>;

export async function configureDevice(input: unknown): Promise<Result<true>> {
	const parsed = parseWith(DeviceSetup, input);
	if (!parsed.ok) return parsed;
	await saveDeviceSetup(getRuntime().journal, { ...parsed.value, now: new Date().toISOString() });
	await reloadDevice();
	return { ok: true, value: true };
}

export function currentDevice() {
	return getRuntime().device;
}

/** Why the device's record store could not be written at start-up, if it could not. */
export function storeStartFailure() {
	return getRuntime().startFailure;
}
