import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { DossierState } from '$lib/domain/fold/state';
import { STATUS } from '$lib/domain/status';
import type { IsoInstant } from '$lib/domain/schemas/common';
import { EventContextSchema, checkContext, type EventContext } from './context';
import { emitEvent, violationError, type EventCommandResult } from './emit-event';

interface NewAppointment {
	readonly new_appointment_at: IsoInstant;
	readonly paused_working_days?: number;
}

/**
 * Records that the complete dossier came back after a supplement request, with the appointment
 * the procedure's policy gives (DOMAIN.md 3.5):
 * - `restart` (default; Decree 61/2018 Art 19(4)): the time limit counts again from zero, from
 *   the instant the supplement was received (`ctx.schedule`, the calendar's `computeAppointment`);
 * - `pause` (electronic bundles; Decree 63/2024 as amended by 301/2026 Art 4(7)): the appointment
 *   moves on by the working days the dossier waited (`ctx.extendPause`).
 */
export function receiveSupplement(
	state: DossierState,
	_input: Record<string, never>,
	ctx: EventContext
): Result<EventCommandResult> {
	const checked = checkContext(EventContextSchema, ctx);
	if (!checked.ok) return checked;
	const since = state.supplement_requested_at;
	if (state.status !== STATUS.supplement_requested || since === null) {
		return fail(
			violationError({ code: 'supplement_not_requested', field: '', apply: false }, state)
		);
	}
	const next = newAppointment(state, since, ctx);
	return next.ok ? emitEvent('supplement_received', state, next.value, ctx) : next;
}

function newAppointment(
	state: DossierState,
	since: IsoInstant,
	ctx: EventContext
): Result<NewAppointment> {
	const { procedure } = state.dossier;
	const calendars = ctx.calendars;
	const missing = fail(
		domainError('error.calendar_needed', '', { code: state.code }, 'field.dossier')
	);
	if (procedure.supplement_policy === 'pause') {
		if (!ctx.extendPause || !calendars) return missing;
		const moved = ctx.extendPause({
			appointmentAt: state.appointment_at,
			pausedFrom: since,
			pausedUntil: ctx.now,
			calendars
		});
		if (!moved.ok) return moved;
		return ok({
			new_appointment_at: moved.value.appointmentAt,
			paused_working_days: moved.value.pausedWorkingDays
		});
	}
	if (!ctx.schedule || !calendars) return missing;
	const restarted = ctx.schedule({ receivedAt: ctx.now, limit: procedure.time_limit, calendars });
	return restarted.ok ? ok({ new_appointment_at: restarted.value.appointmentAt }) : restarted;
}
