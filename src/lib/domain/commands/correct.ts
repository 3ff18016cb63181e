import { z } from 'zod';
import type { Result } from '$lib/domain/errors';
import type { DossierState } from '$lib/domain/fold/state';
import { EventFields } from '$lib/domain/schemas/events';
import { parseWith } from '$lib/domain/validate/zod-errors';
import type { EventContext } from './context';
import { emitEvent, type EventCommandResult } from './emit-event';
import { correctionInput } from './input-fields';

export type CorrectInput = z.input<typeof EventFields.corrected>;

/**
 * Corrects one intake field. The intake document stays as written; the fold shows the corrected
 * value and keeps the original beside it. `old_value` must be what the officer saw, so two
 * offline corrections of one field are noticed (flagged) rather than silently overwritten. The
 * new value is normalised like the intake form's (phone, personal ID, name).
 */
export function correct(
	state: DossierState,
	input: CorrectInput,
	ctx: EventContext
): Result<EventCommandResult> {
	const base = parseWith(EventFields.corrected, input);
	if (!base.ok) return base;
	const { path, new_value } = base.value;
	if (new_value === null) return emitEvent('corrected', state, base.value, ctx);
	const schema = correctionInput(path, state.current.applicant.kind);
	const value = parseWith(z.object({ new_value: schema }), { new_value });
	if (!value.ok) return value;
	return emitEvent('corrected', state, { ...base.value, new_value: value.value.new_value }, ctx);
}
