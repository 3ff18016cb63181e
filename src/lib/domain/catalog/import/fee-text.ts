import type { FeeLine, FeePer } from '$lib/domain/schemas/procedure';
import { foldVietnamese } from '$lib/domain/search/fold-text';

/** What a "Phí, lệ phí" cell says. */
export type FeeReading =
	/** The cell is empty: nothing is known. */
	| { readonly kind: 'unknown' }
	/** "Không", "Miễn phí", "Không thu": no fee. */
	| { readonly kind: 'none' }
	/** Amounts in đồng, one line each, labelled with the text around them. */
	| { readonly kind: 'amounts'; readonly fees: readonly FeeLine[] }
	/** Text without an amount ("Theo quy định của HĐND tỉnh"): kept as a note only. */
	| { readonly kind: 'text' };

const NO_FEE =
	/^(?:khong|khong co|khong quy dinh|khong thu|khong phai nop|mien|mien phi|mien le phi|mien phi le phi|mien thu)(?:\b|$)/;
/** "10.000 đồng", "8,000đ", "50000 VNĐ", "2.000 đồng/trang". */
const AMOUNT = /(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:dong|d|vnd)\b/g;

function perOf(segment: string): FeePer {
	if (/\b(?:trang)\b/.test(segment)) return 'page';
	if (/\bban sao\b|\/\s*ban\b|\bmoi ban\b/.test(segment)) return 'copy';
	if (/\bhop dong\b/.test(segment)) return 'contract';
	return 'case';
}

/**
 * Reads a fee cell. Each amount becomes one line whose label is the line of text it stands on
 * (as written, up to 200 characters) and whose unit comes from that text ("/trang" per page,
 * "bản sao" per copy, "hợp đồng" per contract, else per case). Nothing is inferred beyond that:
 * page tiers and caps stay in the note.
 */
export function parseFeeText(text: string): FeeReading {
	const trimmed = text.trim();
	if (trimmed === '') return { kind: 'unknown' };
	const folded = foldVietnamese(trimmed).replace(/[.:;,]+$/, '');
	if (NO_FEE.test(folded) && !/\d/.test(folded)) return { kind: 'none' };
	const fees: FeeLine[] = [];
	const lines = trimmed.split(/\n|;/).map((l) => l.trim());
	for (const line of lines) {
		const f = foldVietnamese(line);
		for (const m of f.matchAll(AMOUNT)) {
			const amount = Number((m[1] as string).replace(/[.,]/g, ''));
			if (!Number.isSafeInteger(amount) || amount <= 0) continue;
			const base = line.replace(/^[-+•*\s]+/u, '').slice(0, 190) || line.slice(0, 190);
			// Labels key the fee lines on screen: a line with two amounts gets "(2)".
			const taken = fees.filter((x) => x.label === base || x.label.startsWith(`${base} (`));
			const label = taken.length === 0 ? base : `${base} (${taken.length + 1})`;
			fees.push({ label, amount, per: perOf(f) });
		}
	}
	// The schema keeps at most 30 lines; the whole text stays in the fee note.
	return fees.length > 0 ? { kind: 'amounts', fees: fees.slice(0, 30) } : { kind: 'text' };
}
