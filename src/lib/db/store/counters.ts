import { initialHlc, HlcState } from '$lib/domain/clock/hlc';
import type { JournalDb } from './journal';

/**
 * The numbering state a command needs, read and written inside the journal's transaction: the
 * device's clock, its event sequence, the code sequences of its slot and its book entries.
 * Keys: `hlc`, `event-seq`, `seq:<agency>:<slot>:<YYYY-MM-DD>`, `book:<year>:<volume>`.
 */
export interface Numbering {
	hlc: HlcState;
	eventSeq: number;
	/** Last code sequence drawn per Vietnam date, for this agency and slot. */
	seqByDate: Map<string, number>;
	/** Last book entry per year, for this device's volume. */
	bookByYear: Map<number, number>;
}

const seqKey = (agency: string, slot: number, date: string) => `seq:${agency}:${slot}:${date}`;
const bookKey = (year: number, volume: number) => `book:${year}:${volume}`;

/** Must run inside a `rw` transaction over `journal.counters`. */
export async function readNumbering(
	journal: JournalDb,
	deviceId: string,
	scope: { agency: string; slot: number; year: number } | null
): Promise<Numbering> {
	const hlcRow = await journal.counters.get('hlc');
	const parsedHlc = HlcState.safeParse(hlcRow?.value);
	const seqRow = await journal.counters.get('event-seq');
	const numbering: Numbering = {
		hlc: parsedHlc.success ? parsedHlc.data : initialHlc(deviceId),
		eventSeq: typeof seqRow?.value === 'number' ? seqRow.value : 0,
		seqByDate: new Map(),
		bookByYear: new Map()
	};
	if (scope) {
		const prefix = `seq:${scope.agency}:${scope.slot}:`;
		const seqRows = await journal.counters.where('key').startsWith(prefix).toArray();
		for (const row of seqRows)
			numbering.seqByDate.set(row.key.slice(prefix.length), Number(row.value));
		for (const year of [scope.year - 1, scope.year, scope.year + 1]) {
			const row = await journal.counters.get(bookKey(year, scope.slot + 1));
			if (typeof row?.value === 'number') numbering.bookByYear.set(year, row.value);
		}
	}
	return numbering;
}

/** What a command drew: written back in the same transaction as `readNumbering`. */
export interface Drawn {
	readonly hlc: HlcState;
	readonly eventSeq: number;
	readonly code?: { agency: string; slot: number; date: string; seq: number };
	readonly book?: { year: number; volume: number; entry: number };
}

export async function writeNumbering(journal: JournalDb, drawn: Drawn): Promise<void> {
	const rows = [
		{ key: 'hlc', value: drawn.hlc },
		{ key: 'event-seq', value: drawn.eventSeq }
	];
	const { code, book } = drawn;
	if (code) rows.push({ key: seqKey(code.agency, code.slot, code.date), value: code.seq });
	if (book) rows.push({ key: bookKey(book.year, book.volume), value: book.entry });
	await journal.counters.bulkPut(rows);
}

/**
 * After a restore, raises this device's counters to at least the numbers its slot already used
 * in the restored dossiers, so no code or book entry is ever drawn twice. Never lowers them.
 */
export async function reconcileNumbering(
	journal: JournalDb,
	dossiers: readonly {
		code_parts: { agency: string; seq: number };
		legal_receipt_date: string;
		received_at: string;
		book: { year: number; volume: number; entry: number };
	}[],
	slot: number,
	vnDate: (instant: string) => string
): Promise<void> {
	const first = slot * 1000 + 1;
	const last = slot * 1000 + 999;
	const wanted = new Map<string, number>();
	const raise = (key: string, value: number) =>
		wanted.set(key, Math.max(wanted.get(key) ?? 0, value));
	for (const d of dossiers) {
		if (d.code_parts.seq >= first && d.code_parts.seq <= last) {
			raise(seqKey(d.code_parts.agency, slot, vnDate(d.received_at)), d.code_parts.seq);
		}
		if (d.book.volume === slot + 1) raise(bookKey(d.book.year, d.book.volume), d.book.entry);
	}
	await journal.transaction('rw', journal.counters, async () => {
		for (const [key, value] of wanted) {
			const current = await journal.counters.get(key);
			if (Number(current?.value ?? 0) < value) await journal.counters.put({ key, value });
		}
	});
}
