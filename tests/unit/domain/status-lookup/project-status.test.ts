import { describe, expect, it } from 'vitest';
import { requestSupplement, resolve } from '$lib/domain/commands/event-commands';
import { PublicStatusDoc } from '$lib/domain/schemas/public-status';
import { projectStatus, sameStatus } from '$lib/domain/status-lookup';
import { foldDossier } from '$lib/domain/fold';
import { buildDossier, MONDAY_9AM } from '../../../builders/dossier';
import { DEFAULT_INPUT, Story } from '../../../builders/events';
import { buildUnit } from '../../../builders/unit';

const TOKEN = 'K7M2Q9XPA3BWE4NR';
const unit = buildUnit({ address: 'Bản Na Sơn, xã Na Sơn, tỉnh Điện Biên' });
const TUESDAY = '2025-07-08T03:00:00.000Z';

describe('projectStatus: the public status of a folded dossier', () => {
	it('takes the procedure, status, appointment and office, and nothing of the applicant', () => {
		const dossier = buildDossier({}, { publicToken: TOKEN });
		const status = projectStatus(foldDossier(dossier, []), unit);
		expect(status).toEqual({
			_id: TOKEN,
			type: 'status',
			commune: '99901',
			code: dossier.code,
			procedure_code: '1.004873',
			procedure_name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
			status: 2,
			appointment_at: dossier.appointment_at,
			supplement_needed: false,
			unit_name: 'Trung tâm Phục vụ hành chính công xã Na Sơn',
			unit_address: 'Bản Na Sơn, xã Na Sơn, tỉnh Điện Biên',
			updated_at: MONDAY_9AM
		});
		expect(PublicStatusDoc.safeParse(status).success).toBe(true);
		const text = JSON.stringify(status);
		for (const personal of ['Nguyễn Thị Hoa', '001185012345', '0912345678', 'birth_date']) {
			expect(text).not.toContain(personal);
		}
	});

	it('says a supplement is needed while one is pending, and follows the fold after it', () => {
		const story = new Story(buildDossier({}, { publicToken: TOKEN }));
		story.do(requestSupplement, DEFAULT_INPUT.supplement_requested, TUESDAY);
		const pending = projectStatus(story.state, unit);
		expect(pending).toMatchObject({ status: 5, supplement_needed: true, updated_at: TUESDAY });
		const before = projectStatus(foldDossier(story.dossier, []), unit);
		expect(sameStatus(before!, pending!)).toBe(false);
		expect(sameStatus(pending!, { ...pending!, _rev: '3-x' })).toBe(true);
	});

	it('has no public status for a dossier without a token (received before issue 16)', () => {
		expect(projectStatus(foldDossier(buildDossier(), []), unit)).toBeNull();
	});

	it("names the deciding authority when the device has no record of the dossier's unit", () => {
		const story = new Story(buildDossier({}, { publicToken: TOKEN }));
		story.do(resolve, DEFAULT_INPUT.resolved, TUESDAY);
		const status = projectStatus(story.state, buildUnit({ code: '99902' }));
		expect(status).toMatchObject({ status: 9, unit_name: story.state.current.competent_authority });
		expect(status).not.toHaveProperty('unit_address');
	});

	it('an old intake document without the token still parses, one with a bad token does not', () => {
		const dossier = buildDossier({}, { publicToken: TOKEN });
		expect(dossier.public_token).toBe(TOKEN);
		expect(() => buildDossier({}, { publicToken: 'guessable-1' })).toThrow();
	});
});
