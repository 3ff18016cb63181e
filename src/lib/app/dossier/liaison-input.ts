import type { Runtime } from '$lib/db/runtime';
import { upstreamUnit } from '$lib/db/queries';
import type { ActionName } from './actions';

/** The upstream unit's actions (issue 17): they act in the name of the device's unit. */
export const UPSTREAM_ACTIONS: readonly ActionName[] = [
	'upstreamAccept',
	'upstreamRequestSupplement',
	'upstreamResolve',
	'upstreamRefuse',
	'upstreamSendBack'
];

/**
 * What the form cannot know, added before the command decides: an upstream action's unit (the
 * device's, from the officer's role), and for a transfer to a catalog unit, that unit's name as
 * printed (Form 06) and how many document photos of the dossier go with it (they reach the
 * unit through the commune's media database upstream).
 */
export async function completeInput(
	rt: Runtime,
	code: string,
	name: ActionName,
	input: unknown
): Promise<unknown> {
	if (UPSTREAM_ACTIONS.includes(name)) {
		return { ...(input as object), unit: rt.device.upstream_unit ?? '' };
	}
	if (name !== 'transfer') return input;
	const fields = input as { to_unit?: string; to_agency?: string };
	if (!fields.to_unit) return input;
	const unit = await upstreamUnit(fields.to_unit);
	const photos = await rt.journal.photos.where('dossier_code').equals(code).count();
	return { ...fields, to_agency: fields.to_agency || (unit?.name ?? ''), photos };
}
