import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import { foldDossier } from '$lib/domain/fold';
import { translate } from '$lib/i18n/translate';
import { flagMessage } from '$lib/ui/dossier/flag-message';
import { buildDossier } from '../../../builders/dossier';
import { rawEvent } from '../../../builders/events';

// Issue 17: a unit's step for a dossier never transferred to it is stored upstream (CouchDB
// cannot see the transfer) and flagged `not_transferred` by the fold; the commune reads why.
describe('the message of a forged upstream step', () => {
	it('names the unit and the step, says it does not count, in Vietnamese', () => {
		const d = buildDossier();
		const forged = rawEvent(d, 'upstream_resolved', at('2025-07-07', '12:00'), {
			device: 'so-x',
			fields: { unit: 'stp-11', transfer_id: `event:${d.code}:nowhere` }
		});
		const state = foldDossier(d, [forged]);
		const flag = state.flags.find((f) => f.code === 'not_transferred');
		expect(flag?.applied).toBe(false);
		const text = flagMessage(
			flag!,
			state.history.find((e) => e._id === flag!.event_id),
			{ code: d.code, procedure: d.procedure.name },
			(k, p) => translate(k, p, 'vi')
		);
		expect(text).toBe(
			`Đơn vị cấp trên «stp-11» đã ghi bước «Cấp trên giải quyết, chuyển kết quả về xã» cho hồ sơ ${d.code}, nhưng hồ sơ này không được chuyển đến đơn vị đó (hoặc đơn vị đã kết thúc xử lý). Bước này không được tính; nếu thấy lạ, hãy báo cấp trên.`
		);
		const other = flagMessage(
			{ code: 'second_apology', event_id: 'x', applied: false },
			undefined,
			{ code: d.code, procedure: d.procedure.name },
			(k, p) => translate(k, p, 'vi')
		);
		expect(other).toBe(
			translate('error.second_apology', { code: d.code, field: 'x', procedure: d.procedure.name })
		);
	});
});
