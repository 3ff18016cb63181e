import { describe, expect, it } from 'vitest';
import {
	draftKey,
	formDraft,
	listDrafts,
	memoryDraftStorage,
	type DraftStorage
} from '$lib/pwa/drafts';

interface IntakeDraft {
	applicant: string;
	procedure: string;
}

/** Accepts only the current shape, as a zod schema's safeParse would. */
function parseIntake(raw: unknown): IntakeDraft | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const { applicant, procedure } = raw as Record<string, unknown>;
	return typeof applicant === 'string' && typeof procedure === 'string'
		? { applicant, procedure }
		: undefined;
}

const at = new Date('2025-07-01T02:30:00.000Z');

function intake(storage: DraftStorage | null) {
	return formDraft<IntakeDraft>('intake', { parse: parseIntake, storage, now: () => at });
}

describe('formDraft', () => {
	it('restores what was saved, with the time of the save', () => {
		const storage = memoryDraftStorage();
		expect(intake(storage).save({ applicant: 'Nguyễn Thị Hoà', procedure: '1.001' })).toEqual({
			ok: true
		});
		// A new instance, as after a reload: the draft comes from storage, not from memory.
		expect(intake(storage).load()).toEqual({
			data: { applicant: 'Nguyễn Thị Hoà', procedure: '1.001' },
			savedAt: '2025-07-01T02:30:00.000Z'
		});
	});

	it('keeps the latest input only and forgets it once cleared', () => {
		const storage = memoryDraftStorage();
		const draft = intake(storage);
		draft.save({ applicant: 'Ng', procedure: '' });
		draft.save({ applicant: 'Nguyễn Văn An', procedure: '' });
		expect(draft.load()?.data.applicant).toBe('Nguyễn Văn An');
		draft.clear();
		expect(draft.load()).toBeUndefined();
		expect(storage.getItem(draftKey('intake'))).toBeNull();
	});

	it('keeps drafts of different forms apart', () => {
		const storage = memoryDraftStorage();
		intake(storage).save({ applicant: 'A', procedure: '1' });
		const other = formDraft<IntakeDraft>('supplement', { parse: parseIntake, storage });
		expect(other.load()).toBeUndefined();
		other.save({ applicant: 'B', procedure: '2' });
		expect(listDrafts(storage)).toEqual(['intake', 'supplement']);
		expect(intake(storage).load()?.data.applicant).toBe('A');
	});

	it('refuses a draft of another shape but leaves it in place', () => {
		const storage = memoryDraftStorage();
		const old = JSON.stringify({ v: 1, savedAt: at.toISOString(), data: { name: 'cũ' } });
		storage.setItem(draftKey('intake'), old);
		expect(intake(storage).load()).toBeUndefined();
		expect(storage.getItem(draftKey('intake'))).toBe(old);
	});

	it('ignores garbage and unknown envelope versions', () => {
		const storage = memoryDraftStorage();
		storage.setItem(draftKey('intake'), '{not json');
		expect(intake(storage).load()).toBeUndefined();
		storage.setItem(draftKey('intake'), JSON.stringify({ v: 2, savedAt: 'x', data: {} }));
		expect(intake(storage).load()).toBeUndefined();
	});

	it('reports a full storage as quota, not as an exception', () => {
		const full: DraftStorage = {
			...memoryDraftStorage(),
			length: 0,
			setItem() {
				throw Object.assign(new Error('The quota has been exceeded.'), {
					name: 'QuotaExceededError'
				});
			}
		};
		expect(intake(full).save({ applicant: 'A', procedure: '1' })).toEqual({
			ok: false,
			reason: 'quota'
		});
	});

	it('does nothing without storage', () => {
		const draft = intake(null);
		expect(draft.save({ applicant: 'A', procedure: '1' })).toEqual({
			ok: false,
			reason: 'unavailable'
		});
		expect(draft.load()).toBeUndefined();
		expect(() => draft.clear()).not.toThrow();
		expect(listDrafts(null)).toEqual([]);
	});
});
