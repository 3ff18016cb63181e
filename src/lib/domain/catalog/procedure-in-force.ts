import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import { LocalDate } from '$lib/domain/schemas/common';
import type { Procedure } from '$lib/domain/schemas/procedure';

/** Whether `procedure` applies on the Vietnam date `date` (`effective_to` is exclusive). */
export function isInForce(procedure: Procedure, date: string): boolean {
	return (
		procedure.effective_from <= date &&
		(procedure.effective_to === undefined || date < procedure.effective_to)
	);
}

/**
 * The version of procedure `code` that applies on `date` (the dossier's legal receipt date,
 * DOMAIN.md 8.1: a dossier keeps the version in force when it was received). When several
 * versions overlap (a catalog mid-update), the highest `version` wins.
 */
export function procedureInForce(
	procedures: readonly Procedure[],
	code: string,
	date: string
): Result<Procedure> {
	if (!LocalDate.safeParse(date).success) return fail(domainError('error.not_a_date', 'date'));
	const versions = procedures.filter((p) => p.code === code);
	if (versions.length === 0) {
		return fail(domainError('error.procedure_not_found', 'procedure_code', { code }));
	}
	const inForce = versions.filter((p) => isInForce(p, date));
	const best = inForce.reduce<Procedure | undefined>(
		(a, p) => (a === undefined || p.version > a.version ? p : a),
		undefined
	);
	if (best === undefined) {
		return fail(domainError('error.procedure_not_in_force', 'procedure_code', { code, date }));
	}
	return ok(best);
}

/** The procedure with exactly this code (any version, highest first), if the catalog has it. */
export function findProcedure(
	procedures: readonly Procedure[],
	code: string
): Procedure | undefined {
	return procedures
		.filter((p) => p.code === code)
		.reduce<Procedure | undefined>(
			(a, p) => (a === undefined || p.version > a.version ? p : a),
			undefined
		);
}
