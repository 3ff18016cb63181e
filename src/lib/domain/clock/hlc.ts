import { z } from 'zod';
import { DeviceId } from '$lib/domain/schemas/common';

/**
 * Hybrid logical clock (Kulkarni et al. 2014): wall time in ms plus a counter, so events stay
 * ordered when a device's clock is wrong. Old commune laptops with dead clock batteries are
 * normal (DESIGN.md, "Documents"): the clock never goes backwards, whatever `nowMs` says, and
 * after a device has seen a remote timestamp every later tick sorts after it.
 */

/** The counter fits 4 base-36 digits; on overflow the wall part moves on by 1 ms. */
export const HLC_MAX_COUNTER = 36 ** 4 - 1;
/** 13 decimal digits of milliseconds: enough until the year 2286. */
export const HLC_MAX_WALL_MS = 9_999_999_999_999;

/** A device's clock state, kept between commands and passed in as an argument. */
export const HlcState = z.object({
	wall_ms: z.number().int().nonnegative().max(HLC_MAX_WALL_MS),
	counter: z.number().int().nonnegative().max(HLC_MAX_COUNTER),
	device: DeviceId
});
export type HlcState = z.infer<typeof HlcState>;

/** The timestamp part of a clock reading, without the device. */
export type HlcStamp = Pick<HlcState, 'wall_ms' | 'counter'>;

/**
 * The sortable string form used inside ids: 13-digit zero-padded ms, `-`, 4-digit base-36
 * counter (`1622419200000-0000`). Fixed width, so string order is clock order.
 */
export const HlcString = z.string().regex(/^\d{13}-[0-9a-z]{4}$/);
export type HlcString = z.infer<typeof HlcString>;

/** A fresh clock for a device that has never ticked. */
export function initialHlc(device: DeviceId): HlcState {
	return { wall_ms: 0, counter: 0, device };
}

/** A clock reading as a usable number of ms: a wrong clock may say NaN or a negative number. */
function physical(nowMs: number): number {
	if (!Number.isFinite(nowMs) || nowMs < 0) return 0;
	return Math.min(Math.floor(nowMs), HLC_MAX_WALL_MS);
}

/** `wall_ms`/`counter` with the counter carried into the wall part when it overflows. */
function stamp(wall_ms: number, counter: number, device: DeviceId): HlcState {
	if (counter <= HLC_MAX_COUNTER) return { wall_ms, counter, device };
	return { wall_ms: Math.min(wall_ms + 1, HLC_MAX_WALL_MS), counter: 0, device };
}

/** The next reading for a local event (HLC "send"). */
export function tick(last: HlcState, nowMs: number): HlcState {
	const now = physical(nowMs);
	if (now > last.wall_ms) return { wall_ms: now, counter: 0, device: last.device };
	return stamp(last.wall_ms, last.counter + 1, last.device);
}

/** The next reading after seeing a remote timestamp (HLC "receive"): after both, never back. */
export function receive(last: HlcState, remote: HlcStamp, nowMs: number): HlcState {
	const now = physical(nowMs);
	const wall = Math.max(last.wall_ms, remote.wall_ms, now);
	if (wall === last.wall_ms && wall === remote.wall_ms) {
		return stamp(wall, Math.max(last.counter, remote.counter) + 1, last.device);
	}
	if (wall === last.wall_ms) return stamp(wall, last.counter + 1, last.device);
	if (wall === remote.wall_ms) return stamp(wall, remote.counter + 1, last.device);
	return { wall_ms: wall, counter: 0, device: last.device };
}

/** Total order: wall time, then counter, then device id. */
export function compareHlc(a: HlcState, b: HlcState): number {
	if (a.wall_ms !== b.wall_ms) return a.wall_ms < b.wall_ms ? -1 : 1;
	if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
	if (a.device === b.device) return 0;
	return a.device < b.device ? -1 : 1;
}

export function formatHlc(h: HlcStamp): HlcString {
	return `${String(h.wall_ms).padStart(13, '0')}-${h.counter.toString(36).padStart(4, '0')}`;
}

/** The timestamp of a string form, or `undefined` when it is not one. */
export function parseHlc(text: string): HlcStamp | undefined {
	if (!HlcString.safeParse(text).success) return undefined;
	return { wall_ms: Number(text.slice(0, 13)), counter: parseInt(text.slice(14), 36) };
}
