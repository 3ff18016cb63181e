import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { TimeLimit } from '$lib/domain/schemas/common';
import type { Procedure, SupplementPolicy, TimeLimitCase } from '$lib/domain/schemas/procedure';

/** The time limit and supplement policy a dossier runs under, and the case that chose them. */
export interface AppliedTimeLimit {
	readonly time_limit: TimeLimit;
	readonly supplement_policy: SupplementPolicy;
	/** The case picked at intake; absent for the procedure's ordinary limit. */
	readonly case?: Pick<TimeLimitCase, 'id' | 'label' | 'basis'>;
}

/**
 * The limit that applies to a dossier of `procedure` given the intake's answer to the procedure's
 * time-limit question (`caseId`; absent or empty: the default answer, the procedure's own limit).
 * A case may change the limit, the supplement policy or both (`TimeLimitCase`). An answer the
 * procedure does not offer is refused, naming the field.
 */
export function applyTimeLimitCase(
	procedure: Procedure,
	caseId: string | undefined
): Result<AppliedTimeLimit> {
	const base = { time_limit: procedure.time_limit, supplement_policy: procedure.supplement_policy };
	if (caseId === undefined || caseId === '') return ok(base);
	const found = procedure.time_limit_question?.cases.find((c) => c.id === caseId);
	if (!found) {
		return fail(
			domainError('error.time_limit_case', 'time_limit_case', {
				value: caseId,
				procedure: procedure.name
			})
		);
	}
	return ok({
		time_limit: found.time_limit ?? base.time_limit,
		supplement_policy: found.supplement_policy ?? base.supplement_policy,
		case: { id: found.id, label: found.label, basis: found.basis }
	});
}
