import type { DossierDoc } from '$lib/domain/schemas/dossier';
import type { EventDoc } from '$lib/domain/schemas/events';
import { applyEvent } from './apply';
import { initialState } from './initial-state';
import { prepareEvents } from './order';
import { violationOf } from './rules';
import type { DossierState, Flag } from './state';
import { endTimeliness } from './timeliness';

/**
 * The current state of a dossier from its intake document and its events, pure and deterministic
 * for any order of arrival: events are deduplicated by id, ordered by (clock, device, sequence),
 * and applied one by one. An event that breaks a rule (see `rules.ts`) is flagged, kept in the
 * history, and applied only when it records a physical fact; nothing is hidden, nothing throws.
 */
export function foldDossier(dossier: DossierDoc, events: readonly EventDoc[]): DossierState {
	const prepared = prepareEvents(dossier.code, events);
	let state: DossierState = initialState(dossier);
	const flags: Flag[] = [...prepared.flags];
	const history: EventDoc[] = [];
	for (const event of prepared.events) {
		if (event.hlc < dossier.hlc || event.at < dossier.received_at) {
			flags.push({ code: 'event_before_intake', event_id: event._id, applied: true });
		}
		const violation = violationOf(state, event);
		if (violation)
			flags.push({ code: violation.code, event_id: event._id, applied: violation.apply });
		if (!violation || violation.apply) state = applyEvent(state, event);
		history.push(event);
	}
	const last = history.at(-1);
	const folded: DossierState = {
		...state,
		history: Object.freeze(history),
		flags: Object.freeze(flags),
		last_hlc: last !== undefined && last.hlc > dossier.hlc ? last.hlc : dossier.hlc
	};
	return Object.freeze({ ...folded, timeliness: endTimeliness(folded) });
}
