import { describe, expect, it } from 'vitest';
import { vnInstant as at } from '$lib/domain/calendar';
import { carriedInto } from '$lib/domain/reports';

const NONE = { returned_at: '', rated_at: '' };

describe('carriedInto: the months a closed dossier was open across the first day of', () => {
	it('closed at Vietnam midnight of the 1st: carried into that month', () => {
		const closed = at('2025-04-01', '00:00');
		expect(carriedInto({ ...NONE, legal_receipt_date: '2025-03-31', closed_at: closed })).toEqual([
			'2025-04-01'
		]);
	});
	it('closed a minute before: carried into nothing', () => {
		const closed = at('2025-03-31', '23:59');
		expect(carriedInto({ ...NONE, legal_receipt_date: '2025-03-31', closed_at: closed })).toEqual(
			[]
		);
	});
	it('received on the 1st is received in that month, not carried into it', () => {
		const closed = at('2025-06-15', '10:00');
		expect(carriedInto({ ...NONE, legal_receipt_date: '2025-04-01', closed_at: closed })).toEqual([
			'2025-05-01',
			'2025-06-01'
		]);
	});
	it('across a new year', () => {
		const closed = at('2026-01-05', '10:00');
		expect(carriedInto({ ...NONE, legal_receipt_date: '2025-12-20', closed_at: closed })).toEqual([
			'2026-01-01'
		]);
	});
	it('resolved in March, returned and rated in May: reaches into April and May', () => {
		const row = {
			legal_receipt_date: '2025-03-03',
			closed_at: at('2025-03-20', '10:00'),
			returned_at: at('2025-05-02', '09:00'),
			rated_at: at('2025-04-10', '09:00')
		};
		expect(carriedInto(row)).toEqual(['2025-04-01', '2025-05-01']);
	});
	it('still open: none (it is found among the open ones)', () => {
		expect(carriedInto({ ...NONE, legal_receipt_date: '2025-01-20', closed_at: '' })).toEqual([]);
	});
});
