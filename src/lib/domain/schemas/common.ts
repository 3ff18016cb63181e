import { z } from 'zod';

// The app runs under a Content-Security-Policy without 'unsafe-eval' (issue 19): zod's compiled
// object parsers (`new Function`) cannot run there, and probing for them is itself reported as
// a violation. Every parse uses the interpreted path, on every page and in every test alike.
z.config({ jitless: true });

/**
 * Building blocks shared by every document schema. CouchDB document fields are snake_case
 * (rule 5 of DESIGN.md); TypeScript identifiers are camelCase.
 */

/** An instant, always stored in UTC as ISO 8601 with milliseconds and `Z`. */
export const IsoInstant = z.iso.datetime({ offset: false, precision: 3 });
export type IsoInstant = z.infer<typeof IsoInstant>;

/** A legal calendar date in Vietnam (Asia/Ho_Chi_Minh), `YYYY-MM-DD`. */
export const LocalDate = z.iso.date();
export type LocalDate = z.infer<typeof LocalDate>;

/** A wall-clock time of day in Vietnam, `HH:MM`. */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export type LocalTime = z.infer<typeof LocalTime>;

/** Money in Vietnamese đồng (integers: the đồng has no subunit in use). */
export const Dong = z.number().int().nonnegative();

/** A device id: short, url-safe, chosen at enrolment. */
export const DeviceId = z.string().regex(/^[a-z0-9-]{3,40}$/);
export type DeviceId = z.infer<typeof DeviceId>;

/** A non-empty trimmed human text, bounded so a paste accident cannot bloat a replicated doc. */
export const Text = (max = 500) => z.string().trim().min(1).max(max);

/** How a procedure states its legal time limit (the national database's DonViTinh). */
export const TimeLimitUnit = z.enum([
	/** Settled the same working day; after the cut-off hour, by the end of the next working day. */
	'same_day',
	/** N working days, counted from the day after receipt (Civil Code Art 147). */
	'working_days',
	/** N calendar days, counted from the day after receipt; a last day that is off moves on (Art 148). */
	'days',
	/** N working hours from the receipt instant, within office hours. */
	'hours'
]);
export type TimeLimitUnit = z.infer<typeof TimeLimitUnit>;

export const TimeLimit = z.object({
	unit: TimeLimitUnit,
	/** 0 for `same_day`; otherwise a positive count of `unit`. */
	value: z.number().int().nonnegative().max(365)
});
export type TimeLimit = z.infer<typeof TimeLimit>;
