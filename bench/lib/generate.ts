import { computeAppointment, extendByPause } from '../../src/lib/domain/calendar';
import { initialHlc, type HlcState } from '../../src/lib/domain/clock/hlc';
import * as commands from '../../src/lib/domain/commands';
import type { EventCommand } from '../../src/lib/domain/commands/event-commands';
import { foldDossier } from '../../src/lib/domain/fold';
import { CalendarYear } from '../../src/lib/domain/schemas/calendar';
import type { DossierDoc } from '../../src/lib/domain/schemas/dossier';
import type { EventDoc } from '../../src/lib/domain/schemas/events';
import { Procedure } from '../../src/lib/domain/schemas/procedure';
import { AdminUnit } from '../../src/lib/domain/schemas/unit';
import calendarsJson from '../../src/lib/seed/calendars.json';
import proceduresJson from '../../src/lib/seed/procedures.json';
import unitsJson from '../../src/lib/seed/units.json';
import { applicant, officerOf, pick, seeded, type Rand } from './people';

/**
 * The benchmark's data: dossiers of one commune received by its ten desk devices (slots 0–9)
 * over consecutive working days, each with 3–8 lifecycle events, all produced by the real domain
 * commands (intakeDossier and the event commands) from the seeded catalog and calendars, so they
 * pass the server's validate_doc_update and the zod schemas. Deterministic for a seed.
 */

export interface GeneratorOptions {
	/** Commune code of the seeded units (99901 Na Sơn, 99902 Điện Biên Phủ). */
	readonly commune: string;
	readonly seed: number;
	/** First receipt date (Vietnam), a working day on or after the catalog's 2025-07-01. */
	readonly startDate?: string;
	/** Dossiers received per working day, spread over the ten device slots. */
	readonly perDay?: number;
	/** Share of dossiers still open (received, being processed), the rest returned. */
	readonly openShare?: number;
}

export interface Generated {
	readonly dossier: DossierDoc;
	readonly events: readonly EventDoc[];
}

type Step = { readonly command: EventCommand<never>; readonly input: unknown };

const SLOTS = 10;
const HOUR = 3_600_000;

const procedures = proceduresJson.map((p) => Procedure.parse(p));
const calendars = calendarsJson.map((c) => CalendarYear.parse(c));

function fail(what: string, errors: readonly { field: string; message: string }[]): never {
	throw new Error(`${what}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
}

/** Working days (Monday–Friday) from `start`, as `YYYY-MM-DD`. */
function* workingDays(start: string): Generator<string> {
	const day = new Date(`${start}T00:00:00Z`);
	for (;;) {
		const weekday = day.getUTCDay();
		if (weekday !== 0 && weekday !== 6) yield day.toISOString().slice(0, 10);
		day.setUTCDate(day.getUTCDate() + 1);
	}
}

function intakeForm(rand: Rand, procedure: Procedure, commune: string) {
	const required = procedure.required_documents.filter(
		(d) => !d.optional && !d.replaceable_by_database
	);
	const docs = required.length > 0 ? required : procedure.required_documents.slice(0, 1);
	const documents =
		docs.length > 0
			? docs.map((d) => ({ doc_id: d.id, name: d.name, originals: 1, copies: 0 }))
			: [{ doc_id: 'don_de_nghi', name: 'Đơn đề nghị', originals: 1, copies: 0 }];
	const amount = procedure.fee_set_by === 'none' ? 0 : (procedure.fees[0]?.amount ?? 0);
	return {
		procedure_code: procedure.code,
		applicant: applicant(rand, commune),
		documents_received: documents,
		sets: 1,
		channel: rand() < 0.85 ? 'direct' : 'online',
		result_delivery: rand() < 0.9 ? 'desk' : 'post',
		fee: { amount, paid: amount === 0 || rand() < 0.6 }
	};
}

/** The lifecycle after intake: 3–8 events, in an order the rules accept. */
function story(rand: Rand, dossier: DossierDoc, open: boolean): Step[] {
	const count = 3 + Math.floor(rand() * 6);
	const handler = { id: 'cb-11', name: pick(rand, ['Quàng Thị Lan', 'Lò Văn Dũng', 'Cà Văn Sơn']) };
	const note = (text: string): Step => ({ command: commands.addNote, input: { text } });
	const steps: Step[] = [{ command: commands.assign, input: { handler } }];
	const extras: Step[] = [];
	if (count - 3 >= 2 && rand() < 0.5) {
		extras.push(
			{
				command: commands.requestSupplement,
				input: {
					items: [{ name: 'Bản sao giấy tờ chứng minh nơi cư trú' }],
					reason: 'Hồ sơ thiếu giấy tờ về nơi cư trú',
					notice_no: `${dossier.code_parts.seq}/HDHS`
				}
			},
			{ command: commands.receiveSupplement, input: {} }
		);
	}
	if (!dossier.fee.paid && dossier.fee.amount > 0) {
		extras.push({
			command: commands.payFee,
			input: { amount: dossier.fee.amount, method: 'cash' }
		});
	}
	const end: Step[] = open
		? [note('Đang xác minh thông tin tại thôn, bản')]
		: [
				{
					command: commands.resolve,
					input: { outcome: 'approved', result_doc_no: `${dossier.code_parts.seq}/KQ` }
				},
				{
					command: commands.returnResult,
					input: { method: 'desk', recipient: dossier.applicant.name }
				}
			];
	const after: Step[] = open
		? []
		: [
				{
					command: commands.evaluate,
					input: {
						answers: { time_vs_rule: 'on_time', staff_conduct: 'satisfied' },
						rating: pick(rand, ['very_satisfied', 'satisfied', 'satisfied'])
					}
				}
			];
	const all = [...steps, ...extras, ...end];
	while (all.length + after.length < count) all.push(note('Công dân gọi điện hỏi tiến độ'));
	return [...all, ...after].slice(0, Math.max(count, all.length));
}

/**
 * A generator of one commune's dossiers: `next(n)` returns the next `n`, continuing the devices'
 * clocks, sequences, code numbering and tracking-book entries, so a large set can be produced and
 * uploaded in chunks without holding it all in memory.
 */
export function createGenerator(options: GeneratorOptions) {
	const unit = AdminUnit.parse(unitsJson.find((u) => u.code === options.commune));
	const rand = seeded(options.seed);
	const perDay = options.perDay ?? 300;
	const openShare = options.openShare ?? 0.15;
	const days = workingDays(options.startDate ?? '2025-07-01');
	const devices = Array.from({ length: SLOTS }, (_, slot) => ({
		id: `bench-${options.commune}-${slot}`,
		hlc: initialHlc(`bench-${options.commune}-${slot}`) as HlcState,
		seq: 0,
		lastSeq: new Map<string, number>(),
		lastBook: new Map<number, number>()
	}));
	let day = '';
	let index = 0;

	function one(): Generated {
		if (index % perDay === 0) day = days.next().value as string;
		const slot = index % SLOTS;
		const device = devices[slot]!;
		// Office hours 07:30–16:30 Vietnam (UTC+7) spread over the day.
		const minutes = 30 + Math.floor(((index % perDay) / perDay) * 540);
		const now = new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000).toISOString();
		index += 1;
		const form = intakeForm(rand, pick(rand, procedures), unit.name);
		const intake = commands.intakeDossier(form, {
			now,
			deviceId: device.id,
			slot,
			hlc: device.hlc,
			seq: device.seq,
			officer: officerOf(slot),
			unit,
			procedures,
			calendars,
			schedule: computeAppointment,
			usedSeqsForDate: (date) => {
				const last = device.lastSeq.get(date);
				return last === undefined ? [] : [last];
			},
			lastBookEntry: (year) => device.lastBook.get(year) ?? null
		});
		if (!intake.ok) fail(`intake ${index}`, intake.errors);
		const { dossier } = intake.value;
		device.hlc = intake.value.hlc;
		device.lastSeq.set(day, dossier.code_parts.seq);
		device.lastBook.set(Number(day.slice(0, 4)), dossier.book.entry);
		const events: EventDoc[] = [];
		let at = Date.parse(now);
		for (const step of story(rand, dossier, rand() < openShare)) {
			at += 2 * HOUR;
			const result = (step.command as EventCommand<unknown>)(
				foldDossier(dossier, events),
				step.input,
				{
					now: new Date(at).toISOString(),
					deviceId: device.id,
					hlc: device.hlc,
					seq: device.seq,
					actor: officerOf(slot),
					schedule: computeAppointment,
					extendPause: extendByPause,
					calendars
				}
			);
			if (!result.ok) fail(`event of ${dossier.code}`, result.errors);
			device.hlc = result.value.hlc;
			device.seq += 1;
			events.push(result.value.event);
		}
		return { dossier, events };
	}

	return {
		next(count: number): Generated[] {
			return Array.from({ length: count }, one);
		}
	};
}

/** The documents of generated dossiers, as written to a database (intake, then its events). */
export function documentsOf(items: readonly Generated[]): (DossierDoc | EventDoc)[] {
	return items.flatMap((g) => [g.dossier, ...g.events]);
}
