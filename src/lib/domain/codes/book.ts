import { z } from 'zod';
import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import { checkSlot } from './slot';

/**
 * Place of a dossier in the tracking book (Sổ theo dõi hồ sơ, TT 01/2018 Form 06 / TT 03/2025
 * Form 07). Entries run from 1 to year end and restart each year (TT 01/2018 Art 10(2)); MotCua
 * gives each device its own volume, slot + 1, so offline devices never share a number (DOMAIN.md
 * decisions).
 */
export const BookEntry = z.object({
	year: z.number().int().min(2000).max(2999),
	volume: z.number().int().min(1).max(10),
	entry: z.number().int().min(1)
});
export type BookEntry = z.infer<typeof BookEntry>;

/** The next entry of the device's volume for `year`, after `lastEntryOfYear` (`null`: none yet). */
export function nextBookEntry(
	slot: number | null | undefined,
	year: number,
	lastEntryOfYear: number | null
): Result<BookEntry> {
	const checked = checkSlot(slot);
	if (!checked.ok) return checked;
	if (!Number.isInteger(year) || year < 2000 || year > 2999) {
		return fail(domainError('error.invalid', 'book.year'));
	}
	if (lastEntryOfYear !== null && (!Number.isInteger(lastEntryOfYear) || lastEntryOfYear < 0)) {
		return fail(domainError('error.invalid', 'book.entry'));
	}
	return ok({ year, volume: checked.value + 1, entry: (lastEntryOfYear ?? 0) + 1 });
}
