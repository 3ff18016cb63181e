import { z } from 'zod';
import { vnDateOf } from '$lib/domain/calendar/vn-time';
import { HlcState, formatHlc, tick } from '$lib/domain/clock/hlc';
import { nextBookEntry } from '$lib/domain/codes/book';
import { mintDossierCode } from '$lib/domain/codes/mint';
import { checkSlot } from '$lib/domain/codes/slot';
import { checkSlotDate } from '$lib/domain/codes/slot-claims';
import { fail, ok, type Result } from '$lib/domain/errors';
import { initialState } from '$lib/domain/fold/initial-state';
import { feeTableFor } from '$lib/domain/catalog/fee-table';
import { procedureInForce } from '$lib/domain/catalog/procedure-in-force';
import { applyTimeLimitCase } from '$lib/domain/catalog/time-limit-case';
import type { CalendarYear } from '$lib/domain/schemas/calendar';
import { DeviceId, IsoInstant, type LocalDate } from '$lib/domain/schemas/common';
import { DossierDoc, Officer } from '$lib/domain/schemas/dossier';
import type { EventDoc } from '$lib/domain/schemas/events';
import type { Procedure } from '$lib/domain/schemas/procedure';
import { PublicToken } from '$lib/domain/schemas/public-status';
import { AgencyCode, CommuneCode } from '$lib/domain/schemas/unit';
import { parseWith } from '$lib/domain/validate/zod-errors';
import { buildDossier } from './build-dossier';
import { checkContext, type Schedule } from './context';
import { emitEvent } from './emit-event';
import { intakeChecks } from './intake-checks';
import { IntakeInput } from './intake-input';

const IntakeContextSchema = z.object({
	now: IsoInstant,
	deviceId: DeviceId,
	hlc: HlcState,
	seq: z.number().int().nonnegative().max(999_999_999),
	officer: Officer,
	unit: z.object({
		code: CommuneCode,
		agency_code: AgencyCode,
		province_code: z.string().optional()
	}),
	procedures: z.array(z.unknown()),
	calendars: z.array(z.unknown()),
	schedule: z.custom<Schedule>((f) => typeof f === 'function'),
	usedSeqsForDate: z.custom<IntakeContext['usedSeqsForDate']>((f) => typeof f === 'function'),
	lastBookEntry: z.custom<IntakeContext['lastBookEntry']>((f) => typeof f === 'function'),
	publicToken: PublicToken.optional(),
	slotFirstDate: z.string().nullable().optional()
});

/** What the intake gets from the app: time, device, numbering state, catalog and calendar. */
export interface IntakeContext {
	readonly now: IsoInstant;
	readonly deviceId: DeviceId;
	/** The slot the device was enrolled with upstream (0–9); none yet: no code can be minted. */
	readonly slot: number | null | undefined;
	readonly hlc: HlcState;
	/** The device's next event sequence (used by an `assigned` event made at intake). */
	readonly seq: number;
	readonly officer: Officer;
	/**
	 * The receiving commune: its code, agency identifier (`agency_code`) and province, whose fee
	 * table applies where the law delegates fees to the province.
	 */
	readonly unit: {
		readonly code: string;
		readonly agency_code: string;
		readonly province_code?: string;
	};
	readonly procedures: readonly Procedure[];
	readonly calendars: readonly CalendarYear[];
	readonly schedule: Schedule;
	/**
	 * A freed slot's first receipt date (issue 19, `codes/slot-claims.ts`): no code before it.
	 * Absent or null for a slot's first holder.
	 */
	readonly slotFirstDate?: LocalDate | null;
	/** Sequences of dossier codes already drawn by this agency for a Vietnam date. */
	readonly usedSeqsForDate: (date: LocalDate) => readonly number[];
	/** The last tracking-book entry of this device's volume in a year, `null` for none. */
	readonly lastBookEntry: (year: number) => number | null;
	/** The random part of the public id (issue 16), drawn by the app; none: no public status. */
	readonly publicToken?: string;
}

export interface IntakeResult {
	readonly dossier: DossierDoc;
	/** Events written with the intake: `assigned` when the form names a handler. */
	readonly events: readonly EventDoc[];
	/** The device's clock state after the intake. */
	readonly hlc: HlcState;
}

/**
 * Receives a dossier at the desk: validates the form, takes the procedure version in force on
 * the receipt date, computes the appointment, mints the code and the tracking-book entry from
 * the device's slot, and returns the intake document (written once) with its events. The code's
 * date is the Vietnam (UTC+7) date of receipt, not the UTC date (TT 01/2018 Art 19).
 */
export function intakeDossier(input: unknown, ctx: IntakeContext): Result<IntakeResult> {
	const context = checkContext(IntakeContextSchema, ctx);
	if (!context.ok) return context;
	const parsed = parseWith(IntakeInput, input);
	const slot = checkSlot(ctx.slot);
	if (!slot.ok || !parsed.ok) {
		return fail(...(slot.ok ? [] : slot.errors), ...(parsed.ok ? [] : parsed.errors));
	}
	const form = parsed.value;
	const receiptDate = vnDateOf(ctx.now);
	const procedure = procedureInForce(ctx.procedures, form.procedure_code, receiptDate);
	if (!procedure.ok) return procedure;
	// The one intake question of a conditional time limit picks the limit and the clock policy.
	const applied = applyTimeLimitCase(procedure.value, form.time_limit_case);
	const fees = feeTableFor(procedure.value, ctx.unit.province_code);
	const problems = [
		...(applied.ok ? [] : applied.errors),
		...intakeChecks(form, procedure.value, receiptDate, fees)
	];
	if (problems.length > 0 || !applied.ok) return fail(...problems);
	const appointment = ctx.schedule({
		receivedAt: ctx.now,
		limit: applied.value.time_limit,
		calendars: ctx.calendars
	});
	if (!appointment.ok) return appointment;
	const slotDate = checkSlotDate(receiptDate, ctx.slotFirstDate);
	if (!slotDate.ok) return slotDate;
	const minted = mintDossierCode({
		agency: ctx.unit.agency_code,
		date: receiptDate,
		slot: slot.value,
		usedSeqsForDate: ctx.usedSeqsForDate(receiptDate)
	});
	if (!minted.ok) return minted;
	const year = Number(receiptDate.slice(0, 4));
	const book = nextBookEntry(slot.value, year, ctx.lastBookEntry(year));
	if (!book.ok) return book;
	const hlc = tick({ ...ctx.hlc, device: ctx.deviceId }, Date.parse(ctx.now));
	const dossier = parseWith(
		DossierDoc,
		buildDossier({
			input: form,
			procedure: procedure.value,
			applied: applied.value,
			exemption: fees.exemptions.find((f) => f.label === form.fee.exemption),
			minted: minted.value,
			book: book.value,
			appointment: appointment.value,
			receivedAt: ctx.now,
			receivingUnit: ctx.unit.code,
			officer: ctx.officer,
			deviceId: ctx.deviceId,
			hlc: formatHlc(hlc),
			publicToken: ctx.publicToken
		})
	);
	if (!dossier.ok) return dossier;
	if (form.handler === undefined) return ok({ dossier: dossier.value, events: [], hlc });
	const assigned = emitEvent(
		'assigned',
		initialState(dossier.value),
		{ handler: form.handler },
		{
			now: ctx.now,
			deviceId: ctx.deviceId,
			hlc,
			seq: ctx.seq,
			actor: ctx.officer
		}
	);
	if (!assigned.ok) return assigned;
	return ok({ dossier: dossier.value, events: [assigned.value.event], hlc: assigned.value.hlc });
}
