import type { DossierCodeParts } from './code-parts';

/**
 * One dossier-code layout and the date it took effect. A new circular adds a formatter to the
 * registry; codes already printed keep the layout of their receipt date.
 */
export interface CodeFormatter {
	readonly id: string;
	/** The legal text that defines the layout, in Vietnamese. */
	readonly basis: string;
	/** First Vietnam legal receipt date (`YYYY-MM-DD`) the layout applies to. */
	readonly effective_from: string;
	format(parts: DossierCodeParts): string;
	/** The parts of a code in this layout, or `undefined` when it is not one. */
	parse(code: string): DossierCodeParts | undefined;
}
