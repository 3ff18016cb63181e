import { vnDateOf } from '$lib/domain/calendar/vn-time';
import { computeAppointment, extendByPause } from '$lib/domain/calendar';
import type { EventCommand } from '$lib/domain/commands/event-commands';
import { intakeDossier, type IntakeResult } from '$lib/domain/commands/intake-dossier';
import { domainError, type DomainError, type Result } from '$lib/domain/errors';
import type { DossierState } from '$lib/domain/fold/state';
import type { EventDoc } from '$lib/domain/schemas/events';
import { readNumbering, writeNumbering } from './counters';
import type { JournalEntry } from './journal';
import { checkDossierCap, DEFAULT_MEDIA_POLICY, type MediaPolicy } from '$lib/domain/media';
import { photoRows, type FileToStore } from '$lib/db/media';
import { loadState } from './load-dossier';
import type { Runtime } from '$lib/db/runtime';
import { publish, storageFailure, type StorageFailure } from './write-path';

/**
 * The repositories the app layer calls: each runs a pure domain command inside one strict
 * journal transaction (numbering read, command, numbering and documents written, all or
 * nothing), then publishes the documents to PouchDB. Components never get here directly.
 */

export type WriteResult<T> =
	| { readonly ok: true; readonly value: T; readonly published: boolean }
	| { readonly ok: false; readonly errors: readonly DomainError[] }
	| { readonly ok: false; readonly storage: StorageFailure; readonly errors: readonly [] };

function domainFailure(r: { ok: false; errors: readonly DomainError[] }): WriteResult<never> {
	return { ok: false, errors: r.errors };
}

async function journalled<T>(
	rt: Runtime,
	run: () => Promise<Result<{ value: T; entry: JournalEntry }>>
): Promise<WriteResult<T>> {
	const local = rt.commune;
	if (!local)
		return { ok: false, storage: { kind: 'unavailable', detail: 'no commune' }, errors: [] };
	let outcome: Result<{ value: T; entry: JournalEntry }>;
	try {
		outcome = await run();
	} catch (error) {
		return { ok: false, storage: storageFailure(error), errors: [] };
	}
	if (!outcome.ok) return domainFailure(outcome);
	const published = await publish(rt.journal, local, outcome.value.entry);
	return { ok: true, value: outcome.value.value, published };
}

/**
 * Receives a dossier: the receipt may be printed once this resolves with `ok`. Document photos
 * taken during the intake are stored in the same strict transaction: the dossier and its images
 * are both there or neither is.
 */
export async function intake(
	rt: Runtime,
	input: unknown,
	now: string,
	files: readonly FileToStore[] = [],
	policy: MediaPolicy = DEFAULT_MEDIA_POLICY
): Promise<WriteResult<IntakeResult>> {
	const started = performance.now();
	const { journal, read, device } = rt;
	const cap = checkDossierCap(
		[],
		files.map((f) => f.bytes),
		policy
	);
	if (!cap.ok) return domainFailure(cap);
	const [procedures, calendars, unit] = await Promise.all([
		read.procedures.toArray(),
		read.calendars.toArray(),
		device.commune_code ? read.units.get(device.commune_code) : Promise.resolve(undefined)
	]);
	return journalled(rt, async () => {
		const outcome = await journal.transaction(
			'rw',
			journal.entries,
			journal.counters,
			journal.photos,
			async () => {
				const year = Number(vnDateOf(now).slice(0, 4));
				const scope =
					unit && device.slot !== null
						? { agency: unit.agency_code, slot: device.slot, year }
						: null;
				const n = await readNumbering(journal, device.device_id, scope);
				const result = intakeDossier(input, {
					now,
					deviceId: device.device_id,
					slot: device.slot,
					hlc: n.hlc,
					seq: n.eventSeq + 1,
					officer: device.officer ?? { id: device.device_id, name: device.device_id },
					unit: unit ?? { code: device.commune_code ?? '', agency_code: '' },
					procedures,
					calendars,
					schedule: computeAppointment,
					usedSeqsForDate: (date) => {
						const last = n.seqByDate.get(date);
						return last === undefined ? [] : [last];
					},
					lastBookEntry: (y) => n.bookByYear.get(y) ?? null
				});
				if (!result.ok) return result;
				const { dossier, events } = result.value;
				const entry: JournalEntry = {
					id: dossier._id,
					db: rt.commune?.name ?? '',
					docs: [dossier, ...events],
					written_at: now,
					applied: 0
				};
				await writeNumbering(journal, {
					hlc: result.value.hlc,
					eventSeq: n.eventSeq + events.length,
					code: {
						agency: dossier.code_parts.agency,
						slot: device.slot ?? 0,
						date: vnDateOf(now),
						seq: dossier.code_parts.seq
					},
					book: dossier.book
				});
				await journal.entries.add(entry);
				if (files.length > 0) {
					const officer = device.officer ?? { id: device.device_id, name: device.device_id };
					await journal.photos.bulkAdd(
						photoRows(dossier, files, { now, deviceId: device.device_id, officer }, entry.db)
					);
				}
				return { ok: true as const, value: { value: result.value, entry } };
			}
		);
		// The journal has committed (strict durability): the receipt may print. Read by `npm run bench`.
		performance.measure('motcua:intake-durable', { start: started });
		return outcome;
	});
}

/** Records one lifecycle event on a dossier through `command`. */
export async function record<I>(
	rt: Runtime,
	code: string,
	command: EventCommand<I>,
	input: I,
	now: string
): Promise<WriteResult<EventDoc>> {
	const { journal, read, device } = rt;
	const local = rt.commune;
	const state: DossierState | undefined = local ? await loadState(local, code) : undefined;
	if (!state)
		return { ok: false, errors: [domainError('error.dossier_not_found', 'code', { code })] };
	const calendars = await read.calendars.toArray();
	return journalled(rt, () =>
		journal.transaction('rw', journal.entries, journal.counters, async () => {
			const n = await readNumbering(journal, device.device_id, null);
			const result = command(state, input, {
				now,
				deviceId: device.device_id,
				hlc: n.hlc,
				seq: n.eventSeq + 1,
				actor: device.officer ?? { id: device.device_id, name: device.device_id },
				schedule: computeAppointment,
				extendPause: extendByPause,
				calendars
			});
			if (!result.ok) return result;
			const { event, hlc } = result.value;
			const entry: JournalEntry = {
				id: event._id,
				db: local?.name ?? '',
				docs: [event],
				written_at: now,
				applied: 0
			};
			await writeNumbering(journal, { hlc, eventSeq: n.eventSeq + 1 });
			await journal.entries.add(entry);
			return { ok: true as const, value: { value: event, entry } };
		})
	);
}
