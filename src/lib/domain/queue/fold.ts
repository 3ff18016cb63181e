import type { CallDoc, TicketDoc } from '$lib/domain/schemas/queue';

/**
 * The queue of one day as every device computes it from the same documents (issue 16). Tickets
 * queue in clock order (hybrid logical clock, then device, then id) and the counters' steps
 * apply in clock order (hlc, device, seq), so two tabs or devices holding the same documents
 * always show the same queue, whatever order replication brought them in.
 *
 * Two counters calling at once both write a `call` for the same waiting ticket. The earliest
 * call (by that order) wins it; a later call finding its ticket already called takes, in the
 * same fold, the first ticket still waiting of the groups that counter serves and taken before
 * the call, so the other counter simply gets the next number — on every device alike, with no
 * new document. A call left with nothing to take is void.
 *
 * A counter that calls again while its ticket has no outcome closes that ticket as served at
 * the new call (`implied`): an officer who forgets "Đã xong" still yields a wait and a count.
 */

export type TicketStatus = 'waiting' | 'called' | 'served' | 'no_show';

export interface TicketState {
	readonly ticket: TicketDoc;
	status: TicketStatus;
	counter: number | null;
	/** When the winning call was made: the end of the wait. */
	called_at: string | null;
	/** The last call or recall (the display shows the latest first). */
	last_called_at: string | null;
	finished_at: string | null;
	/** Closed as served by the counter's next call, not by an explicit outcome. */
	implied: boolean;
}

export interface Announcement {
	readonly ticket_id: string;
	readonly label: string;
	readonly counter: number;
	readonly at: string;
	readonly hlc: string;
	readonly kind: 'call' | 'recall';
	/** The ticket the counter had asked for when it lost that ticket to an earlier call. */
	readonly instead_of?: string;
}

export interface QueueState {
	readonly date: string;
	/** Every ticket of the day in queue order. */
	readonly tickets: readonly TicketState[];
	/** Calls and recalls, latest first. */
	readonly announcements: readonly Announcement[];
	/** The ticket each counter holds now (called, no outcome yet). */
	readonly held: ReadonlyMap<number, TicketState>;
	/** The latest clock reading among the day's documents: a new step is stamped after it. */
	readonly last_hlc: string;
	/** Calls that lost their ticket to an earlier call (and took the next one, or nothing). */
	readonly races: number;
}

function compareTickets(a: TicketDoc, b: TicketDoc): number {
	if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
	if (a.device_id !== b.device_id) return a.device_id < b.device_id ? -1 : 1;
	return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
}

/** The order the steps apply in: clock, then device, then the device's own sequence. */
export function compareCalls(a: CallDoc, b: CallDoc): number {
	if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
	if (a.device_id !== b.device_id) return a.device_id < b.device_id ? -1 : 1;
	return a.seq - b.seq;
}

export function foldQueue(
	date: string,
	tickets: readonly TicketDoc[],
	calls: readonly CallDoc[]
): QueueState {
	const ordered = tickets.filter((t) => t.date === date).sort(compareTickets);
	const states: TicketState[] = ordered.map((ticket) => ({
		ticket,
		status: 'waiting',
		counter: null,
		called_at: null,
		last_called_at: null,
		finished_at: null,
		implied: false
	}));
	const byId = new Map(states.map((s) => [s.ticket._id, s]));
	const held = new Map<number, TicketState>();
	const announcements: Announcement[] = [];
	let lastHlc = ordered.reduce((m, t) => (t.hlc > m ? t.hlc : m), '');
	let races = 0;

	const announce = (s: TicketState, c: CallDoc, instead?: TicketState) =>
		announcements.push({
			ticket_id: s.ticket._id,
			label: s.ticket.label,
			counter: c.counter,
			at: c.at,
			hlc: c.hlc,
			kind: c.kind === 'recall' ? 'recall' : 'call',
			...(instead ? { instead_of: instead.ticket.label } : {})
		});

	for (const c of calls.filter((x) => x.date === date).sort(compareCalls)) {
		if (c.hlc > lastHlc) lastHlc = c.hlc;
		const asked = byId.get(c.ticket_id);
		if (c.kind === 'call') {
			if (!asked) continue; // its ticket has not arrived yet: the next fold places it
			let taken: TicketState | undefined = asked;
			if (asked.status !== 'waiting') {
				races++;
				const groups = c.groups ?? [asked.ticket.group];
				taken = states.find(
					(s) => s.status === 'waiting' && groups.includes(s.ticket.group) && s.ticket.hlc <= c.hlc
				);
			}
			if (!taken) continue;
			const previous = held.get(c.counter);
			if (previous) {
				previous.status = 'served';
				previous.finished_at = c.at;
				previous.implied = true;
			}
			taken.status = 'called';
			taken.counter = c.counter;
			taken.called_at = c.at;
			taken.last_called_at = c.at;
			held.set(c.counter, taken);
			announce(taken, c, taken === asked ? undefined : asked);
			continue;
		}
		if (!asked || asked.status !== 'called' || asked.counter !== c.counter) continue;
		if (c.kind === 'recall') {
			asked.last_called_at = c.at;
			announce(asked, c);
			continue;
		}
		asked.status = c.kind;
		asked.finished_at = c.at;
		held.delete(c.counter);
	}
	return {
		date,
		tickets: states,
		announcements: announcements.reverse(),
		held,
		last_hlc: lastHlc,
		races
	};
}

/** The first waiting ticket of `groups` in queue order. */
export function nextWaiting(state: QueueState, groups: readonly string[]): TicketState | undefined {
	return state.tickets.find((s) => s.status === 'waiting' && groups.includes(s.ticket.group));
}

/** How many tickets of `group` wait. */
export function waitingCount(state: QueueState, group?: string): number {
	return state.tickets.filter(
		(s) => s.status === 'waiting' && (group === undefined || s.ticket.group === group)
	).length;
}
