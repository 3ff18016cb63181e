import { vnInstant } from '$lib/domain/calendar/vn-time';
import { formatHlc } from '$lib/domain/clock/hlc';
import { ticketLabel } from '$lib/domain/queue/numbering';
import {
	CallDoc,
	callId,
	TicketDoc,
	ticketId,
	type CallKind,
	type QueueGroup
} from '$lib/domain/schemas/queue';

/** A working Tuesday in Vietnam for queue tests. */
export const QUEUE_DAY = '2026-03-10';

/** The instant of `HH:MM[:SS]` on the queue day, Vietnam time. */
export function at(time: string, date = QUEUE_DAY): string {
	const [hm, seconds] = [time.slice(0, 5), Number(time.slice(6) || 0)];
	return new Date(Date.parse(vnInstant(date, hm)) + seconds * 1000).toISOString();
}

/** A ticket taken at `time` (Vietnam), schema-checked. */
export function ticket(
	group: QueueGroup,
	number: number,
	time: string,
	device = 'tablet-1',
	date = QUEUE_DAY
): TicketDoc {
	const taken = at(time, date);
	return TicketDoc.parse({
		_id: ticketId(date, group, number),
		type: 'ticket',
		date,
		group,
		number,
		label: ticketLabel(group, number),
		taken_at: taken,
		hlc: formatHlc({ wall_ms: Date.parse(taken), counter: 0 }),
		device_id: device
	});
}

/** A counter's step at `time` (Vietnam) on `of`, schema-checked. */
export function step(
	kind: CallKind,
	of: TicketDoc,
	counter: number,
	time: string,
	opts: { device?: string; seq?: number; groups?: QueueGroup[]; hlcCounter?: number } = {}
): CallDoc {
	const device = opts.device ?? `desk-${counter}`;
	const seq = opts.seq ?? 1;
	const when = at(time, of.date);
	const hlc = formatHlc({ wall_ms: Date.parse(when), counter: opts.hlcCounter ?? 0 });
	return CallDoc.parse({
		_id: callId(of.date, hlc, device, seq),
		type: 'call',
		date: of.date,
		kind,
		ticket_id: of._id,
		counter,
		...(kind === 'call' ? { groups: opts.groups ?? [of.group] } : {}),
		at: when,
		hlc,
		device_id: device,
		seq,
		officer: { id: `cb-0${counter}`, name: 'Lò Văn Minh' }
	});
}
