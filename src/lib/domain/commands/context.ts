import { z } from 'zod';
import type { computeAppointment, extendByPause } from '$lib/domain/calendar';
import { HlcState } from '$lib/domain/clock/hlc';
import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { CalendarYear } from '$lib/domain/schemas/calendar';
import { DeviceId, IsoInstant } from '$lib/domain/schemas/common';
import { Officer } from '$lib/domain/schemas/dossier';

/** The appointment computation the commands use: the calendar's `computeAppointment`. */
export type Schedule = typeof computeAppointment;
/** The pause-policy extension: the calendar's `extendByPause`. */
export type ExtendPause = typeof extendByPause;

/**
 * What every event command gets from the app besides its input: the time, the device and its
 * clock state, the device's next event sequence number and who acts. Domain code never reads a
 * clock or picks an id itself (DESIGN.md rule 1).
 */
export const EventContextSchema = z.object({
	now: IsoInstant,
	deviceId: DeviceId,
	hlc: HlcState,
	seq: z.number().int().nonnegative().max(999_999_999),
	actor: Officer
});

export type EventContext = z.infer<typeof EventContextSchema> & {
	/** Needed to restart the clock after a supplement (policy `restart`). */
	readonly schedule?: Schedule;
	/** Needed to extend the appointment after a supplement (policy `pause`). */
	readonly extendPause?: ExtendPause;
	readonly calendars?: readonly CalendarYear[];
};

/**
 * Checks the app-supplied context; a broken one is a programming or storage fault, reported as a
 * typed error naming the part (`ctx.now`, `ctx.hlc.counter`) rather than thrown.
 */
export function checkContext<T>(schema: z.ZodType<T>, ctx: unknown): Result<T> {
	const parsed = schema.safeParse(ctx);
	if (parsed.success) return ok(parsed.data);
	return fail(
		...parsed.error.issues.map((issue) => {
			const path = ['ctx', ...issue.path.map(String)].join('.');
			return domainError('error.context_invalid', path, { path }, 'field.context');
		})
	);
}
