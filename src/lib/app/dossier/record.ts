import { computeAppointment, extendByPause } from '$lib/domain/calendar';
import type { EventCommand } from '$lib/domain/commands/event-commands';
import type { EventDoc } from '$lib/domain/schemas/events';
import type { Runtime } from '$lib/db/runtime';
import { runCommand, type WriteResult } from '$lib/db/commit';

/** Records one lifecycle event on the dossier `code` through the domain `command`. */
export function record<I>(
	rt: Runtime,
	code: string,
	command: EventCommand<I>,
	input: I,
	now: string
): Promise<WriteResult<EventDoc>> {
	return runCommand(rt, { now, dossier: code }, (ctx) => {
		const { device, numbering: n, state } = ctx;
		const result = command(state, input, {
			now,
			deviceId: device.device_id,
			hlc: n.hlc,
			seq: n.eventSeq + 1,
			actor: ctx.officer,
			schedule: computeAppointment,
			extendPause: extendByPause,
			calendars: ctx.calendars
		});
		if (!result.ok) return result;
		const { event, hlc } = result.value;
		return {
			ok: true,
			value: { value: event, docs: [event], drawn: { hlc, eventSeq: n.eventSeq + 1 } }
		};
	});
}
