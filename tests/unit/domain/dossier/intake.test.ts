import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import { vnInstant } from '$lib/domain/calendar';
import { parseHlc } from '$lib/domain/clock/hlc';
import { intakeDossier } from '$lib/domain/commands';
import { foldDossier } from '$lib/domain/fold';
import { DossierDoc, nationalChannelCode } from '$lib/domain/schemas/dossier';
import { EventDoc } from '$lib/domain/schemas/events';
import { STATUS } from '$lib/domain/status';
import {
	PROCEDURES,
	certificateProcedure,
	intake,
	intakeContext,
	intakeForm
} from '../../../builders/dossier';

describe('intakeDossier', () => {
	it('writes the intake document of Form 01 with code, book entry and appointment', () => {
		const { dossier, events, hlc } = intake();
		expect(dossier).toMatchObject({
			_id: 'dossier:000.01.11.H99-250707-0001',
			type: 'dossier',
			code: '000.01.11.H99-250707-0001',
			code_parts: { agency: '000.01.11.H99', date: '250707', seq: 1 },
			book: { year: 2025, volume: 1, entry: 1 },
			procedure: {
				code: '1.004873',
				version: 1,
				time_limit: { unit: 'working_days', value: 3 },
				supplement_policy: 'restart',
				receipt_form: 'TT03-01'
			},
			applicant: { kind: 'person', name: 'Nguyễn Thị Hoa', phone: '0912345678' },
			receiving_unit: '99901',
			competent_authority: 'UBND xã',
			received_at: '2025-07-07T02:00:00.000Z',
			legal_receipt_date: '2025-07-07',
			clock_start_date: '2025-07-08',
			// 3 working days from the day after receipt: Thursday 10 Jul, at closing time.
			appointment_at: vnInstant('2025-07-10', '17:00'),
			device_id: 'may-1'
		});
		expect(events).toEqual([]);
		expect(DossierDoc.safeParse(dossier).success).toBe(true);
		expect(parseHlc(dossier.hlc)).toEqual({ wall_ms: hlc.wall_ms, counter: hlc.counter });
		expect(foldDossier(dossier, []).status).toBe(STATUS.accepted);
	});

	it('continues the day’s sequence and the device’s book volume', () => {
		const { dossier } = intake(
			{},
			{ slot: 1, usedSeqsForDate: () => [1001, 1002, 5], lastBookEntry: () => 41 }
		);
		expect(dossier.code).toBe('000.01.11.H99-250707-1003');
		expect(dossier.book).toEqual({ year: 2025, volume: 2, entry: 42 });
	});

	it('dates the code by the Vietnam day of receipt, not the UTC day', () => {
		// 06:30 on Tuesday 8 Jul in Vietnam is still Monday 7 Jul in UTC.
		const now = vnInstant('2025-07-08', '06:30');
		expect(now.startsWith('2025-07-07')).toBe(true);
		const { dossier } = intake({}, { now });
		expect(dossier.code_parts.date).toBe('250708');
	});

	it('after 15:00 the clock starts the next working day; the code keeps the day of receipt', () => {
		const { dossier } = intake({}, { now: vnInstant('2025-07-07', '16:00') });
		expect(dossier.code_parts.date).toBe('250707');
		expect(dossier.legal_receipt_date).toBe('2025-07-08');
		expect(dossier.appointment_at).toBe(vnInstant('2025-07-11', '17:00'));
	});

	it('a mobile intake on Saturday counts from Monday and reports national channel 1', () => {
		const { dossier } = intake({ channel: 'mobile' }, { now: vnInstant('2025-07-12', '10:00') });
		expect(dossier.code_parts.date).toBe('250712');
		expect(dossier.legal_receipt_date).toBe('2025-07-14');
		expect(nationalChannelCode(dossier.channel)).toBe(1);
		expect([
			nationalChannelCode('direct'),
			nationalChannelCode('online'),
			nationalChannelCode('post')
		]).toEqual([1, 2, 3]);
	});

	it('keeps the procedure version in force on the receipt date', () => {
		const v1 = certificateProcedure({ effective_to: '2025-07-10' });
		const v2 = certificateProcedure({
			version: 2,
			effective_from: '2025-07-10',
			time_limit: { unit: 'working_days', value: 5 }
		});
		const procedures = [v1, v2];
		const before = intake({}, { procedures });
		expect(before.dossier.procedure).toMatchObject({ version: 1, time_limit: { value: 3 } });
		const after = intake({}, { procedures, now: vnInstant('2025-07-10', '09:00') });
		expect(after.dossier.procedure).toMatchObject({ version: 2, time_limit: { value: 5 } });
	});

	it('assigns a handler named on the form, in an event that sorts after the intake', () => {
		const handler = { id: 'cb-02', name: 'Quàng Thị Lan' };
		const { dossier, events, hlc } = intake({ handler }, { seq: 7 });
		expect(events).toHaveLength(1);
		const [event] = events;
		expect(EventDoc.safeParse(event).success).toBe(true);
		expect(event).toMatchObject({ kind: 'assigned', handler, seq: 7, dossier_code: dossier.code });
		expect(event!.hlc > dossier.hlc).toBe(true);
		expect(hlc.counter).toBe(1);
		const state = foldDossier(dossier, events);
		expect(state.status).toBe(STATUS.in_process);
		expect(state.handler).toEqual(handler);
	});

	it('refuses to number a dossier on a device without a slot', () => {
		const result = intakeDossier(intakeForm(), intakeContext({ slot: undefined }));
		expect(result).toMatchObject({ ok: false, errors: [{ code: 'slot_missing' }] });
	});

	it('refuses when the slot’s numbers of the day are used up', () => {
		const used = Array.from({ length: 999 }, (_, i) => 2001 + i);
		const result = intakeDossier(
			intakeForm(),
			intakeContext({ slot: 2, usedSeqsForDate: () => used })
		);
		expect(result).toMatchObject({ ok: false, errors: [{ code: 'slot_exhausted' }] });
	});

	it('passes the calendar’s error through when the year has no calendar', () => {
		const result = intakeDossier(intakeForm(), intakeContext({ calendars: [] }));
		expectFailure(result);
		expect(result.errors[0]?.code).toBe('calendar_missing');
	});

	it('never changes its inputs', () => {
		const form = intakeForm();
		const ctx = intakeContext();
		const frozen = JSON.stringify([form, ctx.hlc, PROCEDURES]);
		intakeDossier(form, ctx);
		expect(JSON.stringify([form, ctx.hlc, PROCEDURES])).toBe(frozen);
	});
});
