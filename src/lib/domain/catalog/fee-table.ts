import type { FeeLine, FeeSetBy, Procedure } from '$lib/domain/schemas/procedure';

/** The fee lines that apply to a dossier of a procedure in one province. */
export interface FeeTable {
	readonly set_by: FeeSetBy;
	/** Lines with an amount to charge (exempt lines are in `exemptions`). */
	readonly lines: readonly FeeLine[];
	/** Lines the law waives (`exempt: true`), offered at intake as exemptions. */
	readonly exemptions: readonly FeeLine[];
	/** The province's resolution, when its table was found. */
	readonly basis?: string;
	/**
	 * The law delegates the amounts to the province and upstream has not entered this province's
	 * table: the officer types the amount the province's resolution sets (no national number).
	 */
	readonly province_table_missing: boolean;
	/**
	 * The catalog has no fee information for the procedure (`fee_set_by: 'unknown'`, an entry
	 * imported from a list that gave none): the officer types what the province's text sets.
	 */
	readonly fees_unknown: boolean;
}

/**
 * The fees of `procedure` for a commune of `provinceCode` (DOMAIN.md decisions: civil-status fees
 * are provincial, carried by the catalog as data edited upstream; TT 85/2019/TT-BTC gives the
 * provincial People's Council the power to set them, Luật Hộ tịch 2014 Art 11 waives some).
 * - `none`, `national`: the procedure's own lines.
 * - `province`: the exempt lines of the procedure (the law's waivers hold everywhere) plus the
 *   province's table (`province_fees[code]`) when upstream entered it. Lines with an amount left
 *   in the procedure's own table are kept only when the province has none (an older catalog).
 */
export function feeTableFor(procedure: Procedure, provinceCode: string | undefined): FeeTable {
	const own = procedure.fees;
	const split = (lines: readonly FeeLine[]) => ({
		lines: lines.filter((f) => f.exempt !== true),
		exemptions: lines.filter((f) => f.exempt === true)
	});
	if (procedure.fee_set_by !== 'province') {
		return {
			set_by: procedure.fee_set_by,
			...split(own),
			province_table_missing: false,
			fees_unknown: procedure.fee_set_by === 'unknown'
		};
	}
	const table =
		provinceCode === undefined
			? undefined
			: procedure.province_fees?.[provinceCode as keyof typeof procedure.province_fees];
	if (!table) {
		const { lines, exemptions } = split(own);
		return {
			set_by: 'province',
			lines,
			exemptions,
			province_table_missing: lines.length === 0,
			fees_unknown: false
		};
	}
	const fromProvince = split(table.fees);
	const labels = new Set(fromProvince.exemptions.map((f) => f.label));
	return {
		set_by: 'province',
		lines: fromProvince.lines,
		exemptions: [
			...split(own).exemptions.filter((f) => !labels.has(f.label)),
			...fromProvince.exemptions
		],
		basis: table.basis,
		province_table_missing: false,
		fees_unknown: false
	};
}

/** The amount to prefill at intake: the first per-case line for a desk submission, else 0. */
export function defaultFeeAmount(table: FeeTable): number {
	const direct = table.lines.filter((f) => f.channel === undefined || f.channel === 'direct');
	return direct.find((f) => f.per === 'case')?.amount ?? 0;
}
