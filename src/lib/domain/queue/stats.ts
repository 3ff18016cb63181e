import { toVnMoment } from '$lib/domain/calendar/vn-time';
import type { QueueState, TicketState } from './fold';

/**
 * What the queue report shows (issue 16), from folded days: the wait of each called ticket
 * (taken → called), the service time of each served one (called → closed), counts by counter and
 * by hour of the Vietnam day the ticket was taken. Pure: the figures depend only on the days.
 * A wait a wrong device clock makes negative counts as 0.
 */

export interface CounterFigures {
	readonly counter: number;
	readonly called: number;
	readonly served: number;
	readonly no_show: number;
	readonly average_wait_minutes: number | null;
}

export interface HourFigures {
	/** Hour of the Vietnam day (0–23) the tickets were taken in. */
	readonly hour: number;
	readonly taken: number;
	readonly served: number;
	readonly average_wait_minutes: number | null;
}

export interface QueueFigures {
	readonly taken: number;
	readonly called: number;
	readonly served: number;
	readonly no_show: number;
	readonly waiting: number;
	readonly average_wait_minutes: number | null;
	readonly average_service_minutes: number | null;
	readonly by_counter: readonly CounterFigures[];
	readonly by_hour: readonly HourFigures[];
	/** Calls that lost a race to another counter (see the fold). */
	readonly races: number;
}

const MINUTE = 60_000;

/** Minutes from `from` to `to`, never negative. */
export function minutesBetween(from: string, to: string): number {
	return Math.max(0, Date.parse(to) - Date.parse(from)) / MINUTE;
}

/** The wait of a called ticket in minutes; null while it waits. */
export function waitMinutes(s: TicketState): number | null {
	return s.called_at === null ? null : minutesBetween(s.ticket.taken_at, s.called_at);
}

function mean(values: readonly number[]): number | null {
	return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function waits(list: readonly TicketState[]): number[] {
	return list.map(waitMinutes).filter((w): w is number => w !== null);
}

export function queueFigures(days: readonly QueueState[]): QueueFigures {
	const all = days.flatMap((d) => d.tickets);
	const served = all.filter((s) => s.status === 'served');
	const counters = new Map<number, TicketState[]>();
	const hours = new Map<number, TicketState[]>();
	for (const s of all) {
		if (s.counter !== null) counters.set(s.counter, [...(counters.get(s.counter) ?? []), s]);
		const hour = Math.floor(toVnMoment(s.ticket.taken_at).minute / 60);
		hours.set(hour, [...(hours.get(hour) ?? []), s]);
	}
	return {
		taken: all.length,
		called: all.filter((s) => s.called_at !== null).length,
		served: served.length,
		no_show: all.filter((s) => s.status === 'no_show').length,
		waiting: all.filter((s) => s.status === 'waiting').length,
		average_wait_minutes: mean(waits(all)),
		average_service_minutes: mean(
			served.map((s) => minutesBetween(s.called_at ?? s.ticket.taken_at, s.finished_at ?? ''))
		),
		by_counter: [...counters.entries()]
			.sort(([a], [b]) => a - b)
			.map(([counter, list]) => ({
				counter,
				called: list.length,
				served: list.filter((s) => s.status === 'served').length,
				no_show: list.filter((s) => s.status === 'no_show').length,
				average_wait_minutes: mean(waits(list))
			})),
		by_hour: [...hours.entries()]
			.sort(([a], [b]) => a - b)
			.map(([hour, list]) => ({
				hour,
				taken: list.length,
				served: list.filter((s) => s.status === 'served').length,
				average_wait_minutes: mean(waits(list))
			})),
		races: days.reduce((n, d) => n + d.races, 0)
	};
}
