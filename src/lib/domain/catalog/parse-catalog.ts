import { z } from 'zod';
import { domainError, fail, ok, type DomainError, type Result } from '$lib/domain/errors';
import { Procedure } from '$lib/domain/schemas/procedure';
import { AdminUnit } from '$lib/domain/schemas/unit';
import { parseWith } from '$lib/domain/validate/zod-errors';

/**
 * Parses a whole catalog payload (the seed files, an upstream export): an array of documents, each
 * valid, with no `_id` used twice. Errors carry the index path (`3.fees.0.amount`).
 */
export function parseProcedureCatalog(input: unknown): Result<Procedure[]> {
	return parseUnique(z.array(Procedure), input);
}

/** Same for administrative units. */
export function parseUnitCatalog(input: unknown): Result<AdminUnit[]> {
	return parseUnique(z.array(AdminUnit), input);
}

function parseUnique<T extends { _id: string }>(
	schema: z.ZodType<T[]>,
	input: unknown
): Result<T[]> {
	const parsed = parseWith(schema, input);
	if (!parsed.ok) return parsed;
	const seen = new Set<string>();
	const errors: DomainError[] = [];
	parsed.value.forEach((doc, i) => {
		if (seen.has(doc._id))
			errors.push(domainError('error.duplicate', `${i}._id`, { value: doc._id }));
		seen.add(doc._id);
	});
	return errors.length > 0 ? fail(...errors) : ok(parsed.value);
}
