import type { z } from 'zod';
import { domainError, fail } from '$lib/domain/errors';
import { openLiaison } from '$lib/domain/fold/liaison';
import { EventFields, type UpstreamKind } from '$lib/domain/schemas/events';
import { parseWith } from '$lib/domain/validate/zod-errors';
import { emitEvent } from './emit-event';
import type { EventCommand } from './event-commands';

/**
 * The upstream unit's commands (một cửa liên thông, issue 17). The caller names its own unit
 * (from the officer's role); the transfer answered is the one open to that unit, read from the
 * state, so the person never types it. A dossier not held by that unit is refused with the same
 * code the fold flags (`not_transferred`).
 */
type Input<K extends UpstreamKind> = Omit<z.input<(typeof EventFields)[K]>, 'transfer_id'>;

function upstreamCommand<K extends UpstreamKind>(kind: K): EventCommand<Input<K>> {
	return (state, input, ctx) => {
		const open = openLiaison(state);
		const unit = (input as { unit?: unknown }).unit;
		if (!open || open.unit !== unit || open.event_id === undefined) {
			return fail(
				domainError(
					'error.not_transferred',
					'transfer_id',
					{ code: state.code },
					'field.transfer_id'
				)
			);
		}
		const fields = parseWith<object>(EventFields[kind], { ...input, transfer_id: open.event_id });
		return fields.ok ? emitEvent(kind, state, fields.value, ctx) : fields;
	};
}

export const upstreamAccept = upstreamCommand('upstream_accepted');
export const upstreamRequestSupplement = upstreamCommand('upstream_supplement_requested');
export const upstreamResolve = upstreamCommand('upstream_resolved');
export const upstreamRefuse = upstreamCommand('upstream_refused');
export const upstreamSendBack = upstreamCommand('upstream_sent_back');
