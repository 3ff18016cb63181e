import { parseProcedure, type Procedure } from '$lib/domain/schemas/procedure';
import type { ProvinceCode } from '$lib/domain/schemas/unit';

/**
 * What an import does to one catalog entry:
 * - `create`: the code is new to the catalog;
 * - `replace`: the entry came from an earlier import (it has `source.file`): the new row replaces
 *   it, keeping the fee tables other provinces entered;
 * - `province_fees`: a seed or hand-written entry whose fees the law delegates to the province
 *   (`fee_set_by: 'province'`): only this province's table is written, the rest is kept;
 * - `keep`: any other existing entry (its content is richer than a list row: questions, cases,
 *   national fees), or one the schema refuses (reported, never overwritten).
 */
export type MergeOutcome = 'create' | 'replace' | 'province_fees' | 'keep';

export interface MergeResult {
	readonly outcome: MergeOutcome;
	/** The document to store (without `_rev`); absent for `keep`. */
	readonly doc?: Procedure;
	/** Set when the existing entry could not be read. */
	readonly unreadable?: boolean;
}

function withoutRev(p: Procedure): Procedure {
	const rest = { ...p };
	delete rest._rev;
	return rest;
}

/**
 * Merges one imported procedure into the catalog's current document (`undefined`: none). Pure
 * and deterministic, so running the same import again writes nothing.
 */
export function mergeImported(
	existing: unknown,
	imported: Procedure,
	province: ProvinceCode
): MergeResult {
	if (existing === undefined) return { outcome: 'create', doc: withoutRev(imported) };
	const current = parseProcedure(existing);
	if (!current.ok) return { outcome: 'keep', unreadable: true };
	const cur = withoutRev(current.value);
	if (cur.source?.file !== undefined) {
		const others = { ...cur.province_fees };
		delete others[province];
		const merged = { ...others, ...imported.province_fees };
		return {
			outcome: 'replace',
			doc: {
				...withoutRev(imported),
				...(Object.keys(merged).length > 0 ? { province_fees: merged } : {})
			}
		};
	}
	const table = imported.province_fees?.[province];
	if (cur.fee_set_by === 'province' && table !== undefined) {
		return {
			outcome: 'province_fees',
			doc: { ...cur, province_fees: { ...cur.province_fees, [province]: table } }
		};
	}
	return { outcome: 'keep' };
}
