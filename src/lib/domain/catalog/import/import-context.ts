import type { ProvinceCode } from '$lib/domain/schemas/unit';

/** What the upstream office states for the whole file (command-line flags). */
export interface ImportContext {
	/**
	 * The province whose list this is; its fees go under `province_fees.<code>`. Absent for the
	 * national database's own records (the seed): amounts then stay the entry's own lines, with
	 * `fee_set_by: 'unknown'`, since a record does not say who sets them.
	 */
	readonly province?: ProvinceCode;
	/** The publishing decision, for rows without a "Quyết định công bố" cell. */
	readonly decision?: string;
	/** Where the list was published (cited on every entry). */
	readonly url?: string;
	/** The file's name, kept with the row number in each entry's source (absent: neither is kept). */
	readonly file?: string;
	/** The first day the imported versions apply (YYYY-MM-DD, a Vietnam date). */
	readonly effectiveFrom: string;
}
