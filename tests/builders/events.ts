import { computeAppointment, extendByPause } from '$lib/domain/calendar';
import { formatHlc, initialHlc, type HlcState } from '$lib/domain/clock/hlc';
import type { EventCommandResult, EventContext } from '$lib/domain/commands';
import type { Result } from '$lib/domain/errors';
import { foldDossier, type DossierState } from '$lib/domain/fold';
import type { DossierDoc } from '$lib/domain/schemas/dossier';
import { EventDoc, eventId, EventFields, type EventKind } from '$lib/domain/schemas/events';
import type { z } from 'zod';
import { seedCalendars } from './calendar';

/** The demo upstream unit (src/lib/seed/agencies.json). */
export const UNIT = 'snnmt-11';

/** Vietnamese default inputs of each event kind. */
export const DEFAULT_INPUT: { [K in EventKind]: z.input<(typeof EventFields)[K]> } = {
	assigned: { handler: { id: 'cb-02', name: 'Quàng Thị Lan' } },
	transferred: { to_agency: 'Trung tâm Phục vụ hành chính công tỉnh Điện Biên' },
	supplement_requested: {
		items: [{ name: 'Bản sao Giấy xác nhận tình trạng hôn nhân nơi cư trú trước đây' }],
		reason: 'Hồ sơ thiếu giấy tờ về nơi cư trú trước đây',
		notice_no: '01/HDHS'
	},
	supplement_received: {},
	resolved: { outcome: 'approved', result_doc_no: '15/XNTTHN' },
	refused: {
		reason: 'Người yêu cầu không thuộc trường hợp được cấp theo Luật Hộ tịch',
		notice_no: '01/TC'
	},
	returned: { method: 'desk', recipient: 'Nguyễn Thị Hoa' },
	apology: {
		reason: 'Cần xác minh thêm tại nơi cư trú trước đây',
		new_appointment_at: '2025-07-15T10:00:00.000Z',
		notice_no: '01/PXL'
	},
	withdrawn: { reason: 'Công dân xin rút hồ sơ để nộp lại sau' },
	corrected: {
		path: 'applicant.phone',
		old_value: '0912345678',
		new_value: '0987654321',
		reason: 'Ghi nhầm số điện thoại'
	},
	fee_paid: { amount: 8000, method: 'cash' },
	evaluated: {
		answers: { time_vs_rule: 'on_time', staff_conduct: 'satisfied' },
		rating: 'satisfied'
	},
	note: { text: 'Công dân gọi điện hỏi tiến độ' },
	fee_requested: { amount: 8000, note: 'Nộp lệ phí trước khi nhận kết quả' },
	withdrawal_requested: { reason: 'Công dân xin rút hồ sơ để nộp lại sau' },
	upstream_accepted: { unit: UNIT, transfer_id: 'event:?' },
	upstream_supplement_requested: {
		unit: UNIT,
		transfer_id: 'event:?',
		items: [{ name: 'Bản đồ địa chính thửa đất có xác nhận của xã' }],
		reason: 'Hồ sơ thiếu bản đồ địa chính của thửa đất'
	},
	upstream_resolved: {
		unit: UNIT,
		transfer_id: 'event:?',
		outcome: 'approved',
		result_doc_no: '42/GCN'
	},
	upstream_refused: {
		unit: UNIT,
		transfer_id: 'event:?',
		reason: 'Thửa đất đang có tranh chấp chưa được giải quyết',
		notice_no: '03/TC'
	},
	upstream_sent_back: {
		unit: UNIT,
		transfer_id: 'event:?',
		reason: 'Thủ tục này thuộc thẩm quyền của Sở Tư pháp'
	}
};

/** One device working on dossiers: its id, clock state and next event sequence. */
export interface Device {
	readonly id: string;
	hlc: HlcState;
	seq: number;
}

export function device(id = 'may-1'): Device {
	return { id, hlc: initialHlc(id), seq: 0 };
}

/** The context of a command run by `dev` at `now`, with the seed calendars and calendar functions. */
export function eventContext(
	dev: Device,
	now: string,
	overrides: Partial<EventContext> = {}
): EventContext {
	return {
		now,
		deviceId: dev.id,
		hlc: dev.hlc,
		seq: dev.seq,
		actor: { id: 'cb-01', name: 'Lò Văn Minh' },
		schedule: computeAppointment,
		extendPause: extendByPause,
		calendars: seedCalendars(),
		...overrides
	};
}

/**
 * A dossier's story told through the real commands: each step runs a command as a device at an
 * instant, keeps the device's clock and sequence, and refolds. Throws when a step is refused
 * (use `try` to test refusals).
 */
export class Story {
	events: EventDoc[] = [];
	readonly devices = new Map<string, Device>();

	constructor(readonly dossier: DossierDoc) {}

	get state(): DossierState {
		return foldDossier(this.dossier, this.events);
	}

	device(id = 'may-1'): Device {
		const found = this.devices.get(id) ?? device(id);
		this.devices.set(id, found);
		return found;
	}

	/** Runs `command`; on success records its event and returns it. */
	try<I>(
		command: (s: DossierState, input: I, ctx: EventContext) => Result<EventCommandResult>,
		input: I,
		now: string,
		deviceId = 'may-1'
	): Result<EventCommandResult> {
		const dev = this.device(deviceId);
		const result = command(this.state, input, eventContext(dev, now));
		if (result.ok) {
			dev.hlc = result.value.hlc;
			dev.seq += 1;
			this.events.push(result.value.event);
		}
		return result;
	}

	do<I>(
		command: (s: DossierState, input: I, ctx: EventContext) => Result<EventCommandResult>,
		input: I,
		now: string,
		deviceId = 'may-1'
	): EventDoc {
		const result = this.try(command, input, now, deviceId);
		if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
		return result.value.event;
	}
}

/**
 * A schema-valid event written directly (no command, no rule check): for fold tests of
 * contradictions that the commands would refuse.
 */
export function rawEvent<K extends EventKind>(
	dossier: DossierDoc,
	kind: K,
	at: string,
	options: {
		readonly device?: string;
		readonly seq?: number;
		readonly counter?: number;
		readonly wallMs?: number;
		readonly fields?: Partial<z.input<(typeof EventFields)[K]>>;
	} = {}
): EventDoc {
	const deviceId = options.device ?? 'may-1';
	const seq = options.seq ?? 0;
	const hlc = formatHlc({
		wall_ms: options.wallMs ?? Date.parse(at),
		counter: options.counter ?? 0
	});
	return EventDoc.parse({
		...DEFAULT_INPUT[kind],
		...options.fields,
		_id: eventId(dossier.code, hlc, deviceId, seq),
		type: 'event',
		dossier_code: dossier.code,
		kind,
		hlc,
		device_id: deviceId,
		seq,
		at,
		actor: { id: 'cb-01', name: 'Lò Văn Minh' }
	});
}
