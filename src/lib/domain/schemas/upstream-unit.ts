import { z } from 'zod';
import type { Result } from '$lib/domain/errors';
import { addIssue, parseWith } from '$lib/domain/validate/zod-errors';
import { Text } from './common';

/**
 * An upstream unit that takes transferred dossiers under the inter-level one-stop (một cửa liên
 * thông, Decree 61/2018 Art 14; issue 17): a province department or centre. Catalog document
 * `agency:<code>` in the upstream `catalog` database, written upstream only like the rest of it.
 *
 * Its `code` is MotCua's handle for the unit, not a national code: it names the unit's CouchDB
 * role (`agency:<code>`), its device database (`liaison-<code>`) and the `unit` field of the
 * events it writes, so it stays short, lower-case ASCII.
 */
export const UpstreamUnitCode = z.string().regex(/^[a-z0-9][a-z0-9-]{1,38}$/);
export type UpstreamUnitCode = z.infer<typeof UpstreamUnitCode>;

export const UpstreamUnit = z
	.object({
		_id: z.string().startsWith('agency:'),
		_rev: z.string().optional(),
		type: z.literal('agency'),
		code: UpstreamUnitCode,
		/** The name printed on slips, e.g. "Sở Nông nghiệp và Môi trường tỉnh Điện Biên". */
		name: Text(200),
		/** The province it serves (2-digit code, Decision 19/2025/QĐ-TTg). */
		province_code: z.string().regex(/^\d{2}$/),
		/** Catalog fields it decides on (the procedures' `field` codes), for the transfer list. */
		fields: z.array(Text(60)).max(50).optional(),
		demo: z.boolean().optional(),
		note: Text(1000).optional()
	})
	.superRefine((u, ctx) => {
		if (u._id !== `agency:${u.code}`) {
			addIssue(ctx, ['_id'], 'error.doc_id', { expected: `agency:${u.code}` });
		}
	});
export type UpstreamUnit = z.infer<typeof UpstreamUnit>;

/** Parses an untrusted upstream unit document (seed file, replicated doc); never throws. */
export function parseUpstreamUnit(input: unknown): Result<UpstreamUnit> {
	return parseWith(UpstreamUnit, input);
}

/** The unit an upstream officer works for, from its CouchDB roles (`agency:<code>`). */
export function unitOfRoles(roles: readonly string[]): UpstreamUnitCode | null {
	for (const role of roles) {
		if (!role.startsWith('agency:')) continue;
		const code = role.slice('agency:'.length);
		if (UpstreamUnitCode.safeParse(code).success) return code;
	}
	return null;
}
