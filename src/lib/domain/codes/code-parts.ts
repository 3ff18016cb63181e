import { z } from 'zod';
import { AgencyCode } from '$lib/domain/schemas/unit';

/**
 * The parts of a dossier code, stored beside the rendered code because the format is expected to
 * change (TT 03/2025 re-specified it; Decree 309/2026 Art 12 orders a single national rule;
 * DOMAIN.md 3.1) while the parts (agency, receipt date, daily sequence) stay.
 */
export const DossierCodeParts = z.object({
	/** Receiving agency identifier, from the commune's unit record (never derived). */
	agency: AgencyCode,
	/** The Vietnam legal receipt date as `YYMMDD`. */
	date: z.string().regex(/^\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/),
	/** Sequence within the agency and day: 4 digits, at most 9,999 (TT 01/2018 Art 19). */
	seq: z.number().int().min(1).max(9999)
});
export type DossierCodeParts = z.infer<typeof DossierCodeParts>;

/** `2021-05-31` → `210531`. */
export function yymmdd(date: string): string {
	return `${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}`;
}

/** `210531` → `2021-05-31` (two-digit years are read as 20YY). */
export function dateOfYymmdd(text: string): string {
	return `20${text.slice(0, 2)}-${text.slice(2, 4)}-${text.slice(4, 6)}`;
}
