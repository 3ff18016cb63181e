import type { RequiredDocument } from '$lib/domain/schemas/procedure';
import { foldVietnamese } from '$lib/domain/search/fold-text';
import { translate } from '$lib/i18n';

/** A list marker at the start of an item: "-", "+", "•", "1.", "2)", "a)", "(3)". */
const MARKER = /^\s*(?:[-+•*–]+|\(?\d{1,2}[.)]|\(?[a-zđ][.)])\s*/iu;
/** "Bản chính: 1", "01 bản chính", "Bản sao: 2", "02 bản sao". */
const ORIGINALS = /ban chinh\s*:?\s*(\d{1,2})|(\d{1,2})\s*ban chinh/;
const COPIES = /ban sao\s*:?\s*(\d{1,2})|(\d{1,2})\s*ban sao/;
/** A trailing "(Bản chính: 1, Bản sao: 0)" or "Số lượng: Bản chính: 1, Bản sao: 0". */
const COUNTS_SUFFIX =
	/[\s,;-]*(?:\(\s*)?(?:Số lượng\s*:?\s*)?Bản chính\s*:?\s*\d{1,2}\s*,\s*Bản sao\s*:?\s*\d{1,2}\s*\)?\s*$/iu;

function countOf(folded: string, re: RegExp): number | undefined {
	const m = re.exec(folded);
	if (!m) return undefined;
	return Math.min(20, Number(m[1] ?? m[2]));
}

/** A readable snake_case id for an item, unique within the list. */
function itemId(name: string, taken: Set<string>): string {
	const slug = foldVietnamese(name)
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.split('_')
		.slice(0, 6)
		.join('_')
		.slice(0, 50);
	const base = /^[a-z]/.test(slug) ? slug : `giay_to_${slug}`.replace(/_+$/, '');
	let id = base;
	for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`;
	taken.add(id);
	return id;
}

/**
 * Which items a database record replaces (Decree 118/2025 Art 4(2a) as added by 309/2026: the
 * office must not ask for papers whose data is in a connected database), from the import's own
 * column: item numbers ("1, 3") or words of the item's name ("giấy tờ tùy thân"), separated by
 * commas, semicolons or new lines. Nothing is guessed from the item's wording.
 */
function replaceableMatcher(text: string): (name: string, position: number) => boolean {
	const parts = text
		.split(/[,;\n]/)
		.map((p) => foldVietnamese(p))
		.filter((p) => p !== '');
	const numbers = new Set(parts.filter((p) => /^\d+$/.test(p)).map(Number));
	const words = parts.filter((p) => !/^\d+$/.test(p));
	return (name, position) =>
		numbers.has(position) || words.some((w) => foldVietnamese(name).includes(w));
}

/**
 * The items of a "Thành phần hồ sơ" cell: one per line (or per ";" when the cell is one line),
 * list markers dropped. Counts are read only where the text states them ("Bản chính: 1"); where
 * it does not, both stay 0 and the note says so, since a made-up count would be printed on the
 * receipt. At most 50 items (the schema's bound).
 */
export function parseDocumentsText(text: string, replaceable = ''): RequiredDocument[] {
	const lines = text.includes('\n') ? text.split('\n') : text.split(';');
	const isReplaceable = replaceableMatcher(replaceable);
	const taken = new Set<string>();
	const items: RequiredDocument[] = [];
	for (const raw of lines) {
		const stated = raw.replace(MARKER, '').trim().replace(/[;.]$/, '').trim();
		if (stated === '') continue;
		const folded = foldVietnamese(stated);
		// The counts are shown apart: "Tờ khai (Bản chính: 1, Bản sao: 0)" is named "Tờ khai".
		const name = stated.replace(COUNTS_SUFFIX, '').trim() || stated;
		const originals = countOf(folded, ORIGINALS);
		const copies = countOf(folded, COPIES);
		const position = items.length + 1;
		items.push({
			id: itemId(name, taken),
			name: name.slice(0, 300),
			originals: originals ?? 0,
			copies: copies ?? 0,
			replaceable_by_database: isReplaceable(name, position),
			...(originals === undefined && copies === undefined
				? { note: translate('catalogImport.countsMissing') }
				: {})
		});
		if (items.length === 50) break;
	}
	return items;
}
