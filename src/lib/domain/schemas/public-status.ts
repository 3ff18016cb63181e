import { z } from 'zod';
import { StatusCode } from '$lib/domain/status';
import { IsoInstant, Text } from './common';
import { CommuneCode } from './unit';

/**
 * The public status of a dossier (issue 16): what a citizen sees after scanning the receipt's QR,
 * kept upstream in `status-<commune>` under the dossier's random public token, and nothing else
 * (no name, ID number, phone or address of the citizen). server/design/validate-status.js holds
 * the same field list and refuses any other field.
 */

/**
 * The random part of a public id: 16 characters of Crockford's base32 (0–9 and A–Z without I, L,
 * O, U), 80 random bits drawn on the device at intake, so a status can be read by whoever holds
 * the receipt and never found by guessing or counting codes.
 */
export const PUBLIC_TOKEN = /^[0-9A-HJKMNP-TV-Z]{16}$/;
export const PublicToken = z.string().regex(PUBLIC_TOKEN);
export type PublicToken = z.infer<typeof PublicToken>;

export const PublicStatusDoc = z.object({
	_id: PublicToken,
	_rev: z.string().optional(),
	type: z.literal('status'),
	commune: CommuneCode,
	/** The dossier code printed on the receipt (not personal: the desk's own numbering). */
	code: z.string().min(1).max(60),
	procedure_code: z.string().min(1).max(60),
	procedure_name: Text(300),
	status: StatusCode,
	/** The appointment the citizen holds now (after an apology or a supplement). */
	appointment_at: IsoInstant,
	/** A supplement request is pending: the citizen must bring more papers. */
	supplement_needed: z.boolean(),
	/** Where to come: the commune's receiving office and its address (catalog unit). */
	unit_name: Text(200),
	unit_address: Text(300).optional(),
	/** The instant of the dossier's latest event. */
	updated_at: IsoInstant
});
export type PublicStatusDoc = z.infer<typeof PublicStatusDoc>;
