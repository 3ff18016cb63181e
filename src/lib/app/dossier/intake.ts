import { vnDateOf } from '$lib/domain/calendar/vn-time';
import { computeAppointment } from '$lib/domain/calendar';
import { intakeDossier, type IntakeResult } from '$lib/domain/commands/intake-dossier';
import { checkDossierCap, DEFAULT_MEDIA_POLICY, type MediaPolicy } from '$lib/domain/media';
import { photoRows, type FileToStore } from '$lib/db/media';
import type { Runtime } from '$lib/db/runtime';
import { runCommand, type WriteResult } from '$lib/db/commit';
import { newPublicToken } from './public-token';

/**
 * Receives a dossier: the receipt may be printed once this resolves with `ok`. Document photos
 * taken during the intake are committed with it: the dossier and its images are both stored or
 * neither is.
 */
export function intake(
	rt: Runtime,
	input: unknown,
	now: string,
	files: readonly FileToStore[] = [],
	policy: MediaPolicy = DEFAULT_MEDIA_POLICY
): Promise<WriteResult<IntakeResult>> {
	const request = { now, mintsCode: true, durableMeasure: 'motcua:intake-durable' };
	const publicToken = newPublicToken();
	return runCommand(rt, request, (ctx) => {
		const cap = checkDossierCap(
			[],
			files.map((f) => f.bytes),
			policy
		);
		if (!cap.ok) return cap;
		const { device, numbering: n } = ctx;
		const result = intakeDossier(input, {
			now,
			deviceId: device.device_id,
			slot: device.slot,
			slotFirstDate: device.slot_first_date ?? null,
			hlc: n.hlc,
			seq: n.eventSeq + 1,
			officer: ctx.officer,
			unit: ctx.unit ?? { code: device.commune_code ?? '', agency_code: '' },
			procedures: ctx.procedures,
			calendars: ctx.calendars,
			schedule: computeAppointment,
			usedSeqsForDate: (date) => {
				const last = n.seqByDate.get(date);
				return last === undefined ? [] : [last];
			},
			lastBookEntry: (y) => n.bookByYear.get(y) ?? null,
			publicToken
		});
		if (!result.ok) return result;
		const { dossier, events } = result.value;
		const attach = { now, deviceId: device.device_id, officer: ctx.officer };
		return {
			ok: true,
			value: {
				value: result.value,
				docs: [dossier, ...events],
				drawn: {
					hlc: result.value.hlc,
					eventSeq: n.eventSeq + events.length,
					code: {
						agency: dossier.code_parts.agency,
						slot: device.slot ?? 0,
						date: vnDateOf(now),
						seq: dossier.code_parts.seq
					},
					book: dossier.book
				},
				photos: files.length > 0 ? photoRows(dossier, files, attach, ctx.db) : []
			}
		};
	});
}
