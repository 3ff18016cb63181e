import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import { translate } from '$lib/i18n';
import { DossierDoc } from '$lib/domain/schemas/dossier';
import { EventDoc, eventId } from '$lib/domain/schemas/events';
import { STATUS, StatusCode, isFinal, statusLabelKey, statusName } from '$lib/domain/status';
import { parseWith } from '$lib/domain/validate/zod-errors';
import { buildDossier } from '../../../builders/dossier';
import { rawEvent } from '../../../builders/events';

describe('national statuses', () => {
	it('map one to one to the DVCQG codes 1–10 with Vietnamese labels', () => {
		const codes = Object.values(STATUS);
		expect(codes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		const labels = codes.map((c) => translate(statusLabelKey(c)));
		expect(labels).toEqual([
			'Mới đăng ký',
			'Đã tiếp nhận',
			'Không được tiếp nhận',
			'Đang xử lý',
			'Yêu cầu bổ sung',
			'Yêu cầu thực hiện nghĩa vụ tài chính',
			'Công dân yêu cầu rút hồ sơ',
			'Dừng xử lý',
			'Đã xử lý xong',
			'Đã trả kết quả'
		]);
		expect(statusName(5)).toBe('supplement_requested');
		expect(StatusCode.safeParse(11).success).toBe(false);
		expect(codes.filter(isFinal)).toEqual([3, 8, 10]);
	});
});

describe('DossierDoc', () => {
	it('refuses a document whose id, code or dates disagree', () => {
		const dossier = buildDossier();
		const cases: [Record<string, unknown>, string][] = [
			[{ _id: 'dossier:khac' }, '_id'],
			[{ code: '000.01.11.H99-250707-0002' }, 'code'],
			[{ code_parts: { ...dossier.code_parts, date: '250708' } }, 'code_parts.date'],
			[{ book: { ...dossier.book, year: 2024 } }, 'book.year'],
			[{ appointment_at: '2025-07-01T00:00:00.000Z' }, 'appointment_at']
		];
		for (const [change, field] of cases) {
			const parsed = parseWith(DossierDoc, { ...dossier, ...change });
			expectFailure(parsed);
			expect(parsed.errors.map((e) => e.field)).toContain(field);
		}
	});
});

describe('EventDoc', () => {
	const dossier = buildDossier();

	it('has a readable sortable id `event:<code>:<hlc>:<device>:<seq>`', () => {
		const event = rawEvent(dossier, 'note', '2025-07-07T03:00:00.000Z', { seq: 12 });
		expect(event._id).toBe(`event:${dossier.code}:1751857200000-0000:may-1:000012`);
		expect(eventId(dossier.code, event.hlc, 'may-1', 12)).toBe(event._id);
		const parsed = parseWith(EventDoc, { ...event, _id: 'event:khac' });
		expect(parsed.ok).toBe(false);
	});

	it('refuses a refusal whose reason is a code, not words', () => {
		const event = rawEvent(dossier, 'refused', '2025-07-07T03:00:00.000Z');
		for (const reason of ['ERR_42', 'MISSING_DOC', 'thiếu']) {
			const parsed = parseWith(EventDoc, { ...event, reason });
			expectFailure(parsed);
			expect(parsed.errors[0]?.field).toBe('reason');
			expect(parsed.errors[0]?.message).toContain('Lý do: hãy ghi rõ lý do bằng lời');
		}
	});

	it('refuses an unknown kind', () => {
		const event = rawEvent(dossier, 'note', '2025-07-07T03:00:00.000Z');
		expect(EventDoc.safeParse({ ...event, kind: 'received' }).success).toBe(false);
	});
});
