import fs from 'node:fs';
import { computeAppointment } from '$lib/domain/calendar';
import { initialHlc, type HlcState } from '$lib/domain/clock/hlc';
import { intakeDossier } from '$lib/domain/commands';
import { CalendarYear } from '$lib/domain/schemas/calendar';
import type { DossierDoc } from '$lib/domain/schemas/dossier';
import { Procedure } from '$lib/domain/schemas/procedure';
import { AdminUnit } from '$lib/domain/schemas/unit';

/**
 * Dossiers of a commune made with the real intake command (so upstream's validation and the
 * device's projector accept them), as an enrolled device of slot `slot` would have made them:
 * up to 999 a day, on consecutive days from `firstDay`. The seed catalog is read as data.
 */
const FAMILY = ['Lò', 'Quàng', 'Cà', 'Lường', 'Nguyễn', 'Tòng', 'Vì', 'Điêu'];
const MIDDLE = ['Văn', 'Thị'];
const GIVEN = ['An', 'Bình', 'Chung', 'Dũng', 'Hoa', 'Khánh', 'Lan', 'Minh', 'Nhung', 'Phúc'];
const nameOf = (i: number) =>
	`${FAMILY[i % 8]} ${MIDDLE[Math.floor(i / 8) % 2]} ${GIVEN[Math.floor(i / 16) % 10]}`;

export function communeDossiers(
	count: number,
	o: { commune: string; slot: number; deviceId: string; firstDay: string }
): DossierDoc[] {
	const seed = (name: string) =>
		JSON.parse(fs.readFileSync(`src/lib/seed/${name}.json`, 'utf8')) as unknown[];
	const procedures = seed('procedures').map((p) => Procedure.parse(p));
	const calendars = seed('calendars').map((c) => CalendarYear.parse(c));
	const unit = seed('units')
		.map((u) => AdminUnit.parse(u))
		.find((u) => u.code === o.commune);
	if (!unit) throw new Error(`no unit ${o.commune}`);
	const birth = procedures.find((p) => p.code === '1.001193');
	if (!birth) throw new Error('no birth registration in the seed');
	let hlc: HlcState = initialHlc(o.deviceId);
	let book = 0;
	const docs: DossierDoc[] = [];
	for (let i = 0; i < count; i += 1) {
		const day = Math.floor(i / 900);
		const date = new Date(Date.parse(`${o.firstDay}T01:00:00.000Z`) + day * 86_400_000);
		const now = new Date(date.getTime() + (i % 900) * 20_000).toISOString();
		const result = intakeDossier(
			{
				procedure_code: birth.code,
				applicant: {
					kind: 'person',
					name: nameOf(i),
					citizen_id: `0011850${String(10000 + i).slice(-5)}`,
					phone: '0912 345 678',
					email: '',
					address: 'Bản Na Sơn'
				},
				documents_received: birth.required_documents.map((d) => ({
					doc_id: d.id,
					name: d.name,
					originals: d.originals,
					copies: d.copies
				})),
				sets: 1,
				channel: 'direct',
				result_delivery: 'desk',
				fee: { amount: 0, paid: false }
			},
			{
				now,
				deviceId: o.deviceId,
				slot: o.slot,
				hlc,
				seq: i + 1,
				officer: { id: 'cb-seed', name: 'Cán bộ nhập mẫu' },
				unit,
				procedures,
				calendars,
				schedule: computeAppointment,
				usedSeqsForDate: () => (i % 900 === 0 ? [] : [o.slot * 1000 + (i % 900)]),
				lastBookEntry: () => (book === 0 ? null : book)
			}
		);
		if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
		hlc = result.value.hlc;
		book = result.value.dossier.book.entry;
		docs.push(result.value.dossier);
	}
	return docs;
}
