import { computeAppointment } from '$lib/domain/calendar';
import { initialHlc } from '$lib/domain/clock/hlc';
import { intakeDossier, type IntakeContext, type IntakeResult } from '$lib/domain/commands';
import type { DossierDoc } from '$lib/domain/schemas/dossier';
import type { Procedure } from '$lib/domain/schemas/procedure';
import { seedCalendars } from './calendar';
import { buildProcedure, buildRequiredDocument } from './procedure';
import { buildUnit } from './unit';

/** Monday 7 Jul 2025, 09:00 in Vietnam (UTC+7): a plain working morning. */
export const MONDAY_9AM = '2025-07-07T02:00:00.000Z';

/** Birth registration: same day, restart policy, provincial fee (seed-like). */
export function birthProcedure(overrides: Record<string, unknown> = {}): Procedure {
	return buildProcedure({
		required_documents: [
			buildRequiredDocument({ id: 'to_khai', name: 'Tờ khai đăng ký khai sinh' }),
			buildRequiredDocument({ id: 'giay_chung_sinh', name: 'Giấy chứng sinh' }),
			buildRequiredDocument({
				id: 'giay_to_tuy_than',
				name: 'Giấy tờ tùy thân',
				replaceable_by_database: true
			})
		],
		...overrides
	});
}

/** Marital-status certificate: 3 working days, restart policy, provincial fee. */
export function certificateProcedure(overrides: Record<string, unknown> = {}): Procedure {
	return buildProcedure({
		_id: 'procedure:1.004873',
		code: '1.004873',
		name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
		name_en: 'Marital status certificate',
		time_limit: { unit: 'working_days', value: 3 },
		...overrides
	});
}

/** An electronic-bundle procedure: 3 working days, pause policy (Decree 63/2024). */
export function pauseProcedure(overrides: Record<string, unknown> = {}): Procedure {
	return buildProcedure({
		_id: 'procedure:1.004884',
		code: '1.004884',
		name: 'Đăng ký lại khai sinh',
		name_en: 'Birth re-registration',
		time_limit: { unit: 'working_days', value: 3 },
		supplement_policy: 'pause',
		...overrides
	});
}

/** A procedure whose fee is waived by law (marriage registration). */
export function freeProcedure(): Procedure {
	return buildProcedure({
		_id: 'procedure:1.000894',
		code: '1.000894',
		name: 'Đăng ký kết hôn',
		name_en: 'Marriage registration',
		fee_set_by: 'none'
	});
}

export const PROCEDURES: readonly Procedure[] = [
	birthProcedure(),
	certificateProcedure(),
	pauseProcedure(),
	freeProcedure()
];

/** The raw intake form of Nguyễn Thị Hoa (born 1985 in Hà Nội) for a marital-status certificate. */
export function intakeForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		procedure_code: '1.004873',
		applicant: {
			kind: 'person',
			name: 'Nguyễn Thị Hoa',
			citizen_id: '001185012345',
			phone: '0912 345 678',
			email: '',
			address: 'Bản Na Sơn, xã Na Sơn, tỉnh Điện Biên',
			birth_date: '1985-03-12'
		},
		documents_received: [{ doc_id: 'to_khai', name: 'Tờ khai', originals: 1, copies: 0 }],
		sets: 1,
		channel: 'direct',
		result_delivery: 'desk',
		fee: { amount: 8000, paid: false },
		...overrides
	};
}

/** The intake context of device `may-1` (slot 0) at the Na Sơn desk, Monday 09:00. */
export function intakeContext(overrides: Partial<IntakeContext> = {}): IntakeContext {
	const deviceId = overrides.deviceId ?? 'may-1';
	return {
		now: MONDAY_9AM,
		deviceId,
		slot: 0,
		hlc: initialHlc(deviceId),
		seq: 0,
		officer: { id: 'cb-01', name: 'Lò Văn Minh' },
		unit: buildUnit(),
		procedures: PROCEDURES,
		calendars: seedCalendars(),
		schedule: computeAppointment,
		usedSeqsForDate: () => [],
		lastBookEntry: () => null,
		...overrides
	};
}

/** Runs the intake and returns its result; throws with the messages when it fails. */
export function intake(
	form: Record<string, unknown> = {},
	ctx: Partial<IntakeContext> = {}
): IntakeResult {
	const result = intakeDossier(intakeForm(form), intakeContext(ctx));
	if (!result.ok) throw new Error(result.errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
	return result.value;
}

/** A received dossier (marital-status certificate, 3 working days, due Thu 10 Jul 2025 17:00). */
export function buildDossier(
	form: Record<string, unknown> = {},
	ctx: Partial<IntakeContext> = {}
): DossierDoc {
	return intake(form, ctx).dossier;
}
