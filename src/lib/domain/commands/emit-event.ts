import { toVnDateTime } from '$lib/domain/calendar/vn-time';
import { formatHlc, parseHlc, receive, type HlcState } from '$lib/domain/clock/hlc';
import { domainError, fail, ok, type DomainError, type Result } from '$lib/domain/errors';
import { EventDoc, eventId, type EventKind } from '$lib/domain/schemas/events';
import { violationOf, type Violation } from '$lib/domain/fold/rules';
import type { DossierState } from '$lib/domain/fold/state';
import { labelKey, parseWith } from '$lib/domain/validate/zod-errors';
import { EventContextSchema, checkContext, type EventContext } from './context';

export interface EventCommandResult {
	readonly event: EventDoc;
	/** The device's clock state after this event: keep it for the next command. */
	readonly hlc: HlcState;
}

/** The typed error of a broken rule, naming the field or the state in Vietnamese. */
export function violationError(violation: Violation, state: DossierState): DomainError {
	const label = violation.field === '' ? 'field.dossier' : labelKey([violation.field]);
	return domainError(`error.${violation.code}`, violation.field, { code: state.code }, label);
}

/**
 * The clock orders events whatever a device says, but `at` is printed on the forms and used by
 * the on-time test: a step dated before the receipt can only come from a wrong device clock.
 */
function clockError(state: DossierState, now: string): DomainError | undefined {
	if (Date.parse(now) >= Date.parse(state.dossier.received_at)) return undefined;
	const { date, time } = toVnDateTime(now);
	return domainError(
		'error.clock_before_intake',
		'ctx.now',
		{ code: state.code, now: `${time} ${date}` },
		'field.context'
	);
}

/**
 * Builds the event document of `kind` with already-validated `fields`, and refuses it when the
 * dossier's state does not allow it (the same rules the fold flags with). The clock reading is
 * taken past every reading the dossier has seen, so the new event sorts after them all even when
 * this device's clock is behind (old laptops, DESIGN.md "Documents").
 */
export function emitEvent(
	kind: EventKind,
	state: DossierState,
	fields: object,
	ctx: EventContext
): Result<EventCommandResult> {
	const checked = checkContext(EventContextSchema, ctx);
	if (!checked.ok) return checked;
	const c = checked.value;
	const clock = clockError(state, c.now);
	if (clock) return fail(clock);
	const seen = parseHlc(state.last_hlc) ?? { wall_ms: 0, counter: 0 };
	const hlc = receive({ ...c.hlc, device: c.deviceId }, seen, Date.parse(c.now));
	const text = formatHlc(hlc);
	const parsed = parseWith(EventDoc, {
		...fields,
		_id: eventId(state.code, text, c.deviceId, c.seq),
		type: 'event',
		dossier_code: state.code,
		kind,
		hlc: text,
		device_id: c.deviceId,
		seq: c.seq,
		at: c.now,
		actor: c.actor
	});
	if (!parsed.ok) return parsed;
	const violation = violationOf(state, parsed.value);
	if (violation) return fail(violationError(violation, state));
	return ok({ event: parsed.value, hlc });
}
