import type { z } from 'zod';
import type { Result } from '$lib/domain/errors';
import type { DossierState } from '$lib/domain/fold/state';
import { EventFields, type EventKind } from '$lib/domain/schemas/events';
import { parseWith } from '$lib/domain/validate/zod-errors';
import type { EventContext } from './context';
import { emitEvent, type EventCommandResult } from './emit-event';

/** A command that records one event: validate the input, check the state, build the document. */
export type EventCommand<I> = (
	state: DossierState,
	input: I,
	ctx: EventContext
) => Result<EventCommandResult>;

type Input<K extends EventKind> = z.input<(typeof EventFields)[K]>;

function fieldsCommand<K extends EventKind>(kind: K): EventCommand<Input<K>> {
	return (state, input, ctx) => {
		const fields = parseWith<object>(EventFields[kind], input);
		return fields.ok ? emitEvent(kind, state, fields.value, ctx) : fields;
	};
}

/** Hands the dossier to a handler (Form 06 hand-over). */
export const assign = fieldsCommand('assigned');
/** Sends it to another agency, e.g. upward (một cửa liên thông). */
export const transfer = fieldsCommand('transferred');
/** Form 02, listing everything missing at once (Decree 61/2018 Art 17(2)(a), 19(4)). */
export const requestSupplement = fieldsCommand('supplement_requested');
/** The result decision: approved or rejected. */
export const resolve = fieldsCommand('resolved');
/** A written refusal with its legal reason (Form 03; Decree 61/2018 Art 19(8)). */
export const refuse = fieldsCommand('refused');
/** Hands the result over at the desk or by post (Decree 61/2018 Art 20); only once resolved. */
export const returnResult = fieldsCommand('returned');
/** Form 04: apology and new appointment, once, before the appointment (Art 19(9)). */
export const apologise = fieldsCommand('apology');
/** Stops processing at the citizen's request; not once processed (statuses 9, 10). */
export const withdraw = fieldsCommand('withdrawn');
/** Records a payment in cash, by transfer or online (Decree 61/2018 Art 22). */
export const payFee = fieldsCommand('fee_paid');
/** Records the citizen's evaluation (Decree 61/2018 Art 31(1)); once per dossier. */
export const evaluate = fieldsCommand('evaluated');
export const addNote = fieldsCommand('note');
/** National status 6: asks the citizen to pay the fee before the result (DOMAIN.md fact 9). */
export const requestFee = fieldsCommand('fee_requested');
/** National status 7: records the citizen's request to withdraw; `withdraw` stops it (8). */
export const requestWithdrawal = fieldsCommand('withdrawal_requested');
