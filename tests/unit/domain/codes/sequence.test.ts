import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../../builders/result';
import { mintDossierCode, mintSequence, nextBookEntry, slotRange } from '$lib/domain/codes';

const NO_SLOT =
	'Thiết bị chưa được cấp số khe (slot) từ cấp trên: chưa thể cấp mã hồ sơ. Hãy kết nối mạng để đăng ký thiết bị.';

describe('mintSequence: device slots k draw k×1000+1 … k×1000+999', () => {
	it('starts each slot at k×1000+1', () => {
		expect(mintSequence({ slot: 0, usedSeqsForDate: [] })).toEqual({ ok: true, value: 1 });
		expect(mintSequence({ slot: 3, lastSeqForDate: null })).toEqual({ ok: true, value: 3001 });
		expect(mintSequence({ slot: 9, usedSeqsForDate: [] })).toEqual({ ok: true, value: 9001 });
		expect(slotRange(9)).toEqual({ first: 9001, last: 9999 });
	});

	it('continues after the highest number of its own slot, ignoring other slots', () => {
		expect(mintSequence({ slot: 1, usedSeqsForDate: [1001, 1002, 7, 2001, 1005] })).toEqual({
			ok: true,
			value: 1006
		});
		expect(mintSequence({ slot: 2, lastSeqForDate: 2041 })).toEqual({ ok: true, value: 2042 });
	});

	it('refuses a device with no slot, in Vietnamese, saying why', () => {
		for (const slot of [undefined, null]) {
			const result = mintSequence({ slot, usedSeqsForDate: [] });
			expectFailure(result);
			expect(result.errors[0]).toMatchObject({ code: 'slot_missing', field: 'slot' });
			expect(result.errors[0]?.message).toBe(NO_SLOT);
		}
	});

	it('refuses a slot outside 0–9', () => {
		for (const slot of [-1, 10, 1.5, Number.NaN]) {
			const result = mintSequence({ slot, usedSeqsForDate: [] });
			expectFailure(result);
			expect(result.errors[0]?.message).toContain('phải từ 0 đến 9');
		}
	});

	it('refuses when the slot range of the day is used up', () => {
		const result = mintSequence({ slot: 4, lastSeqForDate: 4999 });
		expectFailure(result);
		expect(result.errors[0]?.code).toBe('slot_exhausted');
		expect(result.errors[0]?.message).toContain('khe 4');
	});

	it('refuses a last sequence outside the device’s own slot', () => {
		const result = mintSequence({ slot: 1, lastSeqForDate: 17 });
		expectFailure(result);
		expect(result.errors[0]?.code).toBe('sequence_outside_slot');
	});
});

describe('mintDossierCode', () => {
	it('mints `<agency>-YYMMDD-XXXX` from the slot', () => {
		const minted = mintDossierCode({
			agency: '000.17.22.H56',
			date: '2021-05-31',
			slot: 2,
			usedSeqsForDate: [2001]
		});
		expect(minted).toEqual({
			ok: true,
			value: {
				code: '000.17.22.H56-210531-2002',
				parts: { agency: '000.17.22.H56', date: '210531', seq: 2002 }
			}
		});
	});
});

describe('nextBookEntry: volume = slot + 1, entries continuous within the year', () => {
	it('numbers from 1 and continues', () => {
		expect(nextBookEntry(0, 2025, null)).toEqual({
			ok: true,
			value: { year: 2025, volume: 1, entry: 1 }
		});
		expect(nextBookEntry(4, 2025, 127)).toEqual({
			ok: true,
			value: { year: 2025, volume: 5, entry: 128 }
		});
	});

	it('needs a slot', () => {
		const result = nextBookEntry(undefined, 2025, null);
		expectFailure(result);
		expect(result.errors[0]?.message).toBe(NO_SLOT);
	});

	it('refuses a broken last entry or year', () => {
		expect(nextBookEntry(0, 2025, -3).ok).toBe(false);
		expect(nextBookEntry(0, 1999, null).ok).toBe(false);
	});
});
