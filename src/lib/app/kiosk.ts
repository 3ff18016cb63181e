import type { Rating } from '$lib/domain/schemas/events';
import { getRuntime } from '$lib/db/runtime';
import { lastUser, unlock } from '$lib/sync/session';

/**
 * The citizen's rating device at the counter (issue 16): the tablet is turned to the citizen, who
 * rates the service; only the officer's password gives the screen back. It works offline: the
 * password is checked against the verifier of the officer's last sign-in on this device.
 */

/** The officer whose password releases the kiosk, or null when nobody has signed in here. */
export async function kioskOfficer(): Promise<string | null> {
	return (await lastUser(getRuntime().journal))?.name ?? null;
}

export type KioskRelease = 'released' | 'wrong_password' | 'no_officer';

/** Whether `password` releases the kiosk: the last signed-in officer's, checked on the device. */
export async function releaseKiosk(password: string): Promise<KioskRelease> {
	const journal = getRuntime().journal;
	const officer = await lastUser(journal);
	if (!officer) return 'no_officer';
	const result = await unlock(journal, officer.name, password);
	return result.ok ? 'released' : 'wrong_password';
}

/** The evaluation form's input for a rating given on the kiosk: the overall answer only. */
export const kioskEvaluation = (rating: Rating) => ({ answers: {}, rating });
