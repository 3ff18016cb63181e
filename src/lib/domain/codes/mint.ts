import { ok, type Result } from '$lib/domain/errors';
import { yymmdd, type DossierCodeParts } from './code-parts';
import { CODE_FORMATTERS, formatterFor } from './registry';
import { mintSequence } from './sequence';
import type { CodeFormatter } from './formatter';

export interface MintCodeInput {
	/** The receiving agency's identifier, from the commune's unit record. */
	readonly agency: string;
	/** The Vietnam legal receipt date `YYYY-MM-DD` (UTC+7, never the UTC date). */
	readonly date: string;
	readonly slot: number | null | undefined;
	/** Sequences already drawn for `date` by this agency, as far as the device knows. */
	readonly usedSeqsForDate: readonly number[];
}

export interface MintedCode {
	readonly code: string;
	readonly parts: DossierCodeParts;
}

/** A new dossier code in the layout in force on the receipt date, from the device's slot range. */
export function mintDossierCode(
	input: MintCodeInput,
	formatters: readonly CodeFormatter[] = CODE_FORMATTERS
): Result<MintedCode> {
	const formatter = formatterFor(input.date, formatters);
	if (!formatter.ok) return formatter;
	const seq = mintSequence({ slot: input.slot, usedSeqsForDate: input.usedSeqsForDate });
	if (!seq.ok) return seq;
	const parts = { agency: input.agency, date: yymmdd(input.date), seq: seq.value };
	return ok({ code: formatter.value.format(parts), parts });
}
