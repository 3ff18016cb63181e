import type { QueryMatch } from './query-match';
import {
	TERM_SEPARATOR,
	codeOfSearchId,
	termRange,
	timeOfSearchId,
	type DossierRow,
	type ReadModelDb
} from '$lib/db/read-model';

/**
 * A search of the tracking book, newest receipt first, that reads only what its page needs. The
 * search table's primary keys are `<receipt instant><code>` and its `*keys` index holds
 * `<term>\u0001<receipt instant>`, so one term's primary keys, read backwards, come newest first
 * and can be resumed from any instant. Each query word is a prefix ("nguy" → nguyen, nguyet),
 * and every prefix of every term is a key of its own (keyed hashes, issue 19), so a word is one
 * key list. The words are intersected by a leapfrog join on those sorted
 * lists, the rarest-looking word first, reading keys a step at a time (never a row), and the walk
 * stops once the page is full; only the matching book rows are read, and tested against the
 * book's other filters. Nothing is counted here: `complete` says whether the walk ran out.
 */

/**
 * Primary keys read per term by the first request, then twice as many per request up to
 * `MAX_STEP`: a common word's page is in its first step, a rare combination's walk goes far.
 */
const STEP = 256;
const MAX_STEP = 2048;

/** One term's search-line ids, newest first, read `STEP` at a time from any point back. */
class TermStream {
	#buf: string[] = [];
	#next = 0;
	#step = STEP;
	/** The buffer holds every id of the term below its first one. */
	#toEnd = false;
	constructor(
		private readonly read: ReadModelDb,
		private readonly term: string
	) {}
	/** Ids of the first read still buffered (the rarity estimate). */
	get buffered(): readonly string[] {
		return this.#buf.slice(this.#next);
	}
	get toEnd(): boolean {
		return this.#toEnd;
	}
	/** The newest id ≤ `at` (or < it when `strict`), reading from the index when needed. */
	async seek(at: string, strict: boolean): Promise<string | undefined> {
		const ok = (id: string) => (strict ? id < at : id <= at);
		for (;;) {
			while (this.#next < this.#buf.length && !ok(this.#buf[this.#next]!)) this.#next += 1;
			if (this.#next < this.#buf.length) return this.#buf[this.#next];
			if (this.#toEnd) return undefined;
			if (this.#passed !== '' && this.#passed < timeOfSearchId(at)) this.#passed = '';
			const sameInstant = this.#passed === timeOfSearchId(at);
			await this.#fill(at, sameInstant);
			// A whole step of ids sharing `at`'s instant, all newer than `at` (that many dossiers
			// in one millisecond): the next read starts below that instant.
			this.#passed = this.#next >= this.#buf.length ? timeOfSearchId(at) : '';
		}
	}
	#passed = '';
	async #fill(at: string, belowInstant: boolean): Promise<void> {
		const [lower] = termRange(this.term);
		const upper = `${this.term}${TERM_SEPARATOR}${timeOfSearchId(at)}`;
		const ids = (await this.read.search
			.where('keys')
			.between(lower, upper, true, !belowInstant)
			.reverse()
			.limit(this.#step)
			.primaryKeys()) as string[];
		this.#buf = ids;
		this.#next = 0;
		this.#toEnd = ids.length < this.#step;
		this.#step = Math.min(MAX_STEP, this.#step * 2);
	}
}

/** A word's terms merged: the newest id ≤ a point among them. */
class WordStream {
	constructor(readonly streams: TermStream[]) {}
	async seek(at: string, strict: boolean): Promise<string | undefined> {
		const heads = await Promise.all(this.streams.map((s) => s.seek(at, strict)));
		let best: string | undefined;
		for (const h of heads) if (h !== undefined && (best === undefined || h > best)) best = h;
		return best;
	}
}

/**
 * The index terms a query key stands for: itself when the index holds it, else none. Every
 * prefix of every term is a key of its own (`sealed-rows.ts`), so a word is one key range.
 */
async function termsOf(read: ReadModelDb, key: string): Promise<string[]> {
	const [lower, upper] = termRange(key);
	const first = await read.search.where('keys').between(lower, upper, true, false).limit(1).keys();
	return first.length > 0 ? [key] : [];
}

export interface SearchWalk {
	/** Matches `offset` … `offset + limit`, newest receipt first. */
	readonly rows: DossierRow[];
	/** True when no match is left after these: `offset + rows.length` is the total. */
	readonly complete: boolean;
}

const NEWEST = '\uffff';

/**
 * The page `offset` … `offset + limit` of the dossiers matching `test` among those whose terms
 * match `query`'s words, newest receipt first.
 */
export async function searchWalk(
	read: ReadModelDb,
	query: QueryMatch,
	rowTest: (r: DossierRow) => boolean,
	offset: number,
	limit: number
): Promise<SearchWalk> {
	const test = (r: DossierRow) => query.matches(r.terms) && rowTest(r);
	const termLists = await Promise.all(query.drive.map((w) => termsOf(read, w)));
	if (termLists.some((t) => t.length === 0)) return { rows: [], complete: true };
	const streams = termLists.map(
		(terms) => new WordStream(terms.map((t) => new TermStream(read, t)))
	);
	if (streams.length === 0) return broadWalk(read, test, offset, limit);
	const ordered = await byRarity(streams);
	const want = offset + limit;
	const found: DossierRow[] = [];
	let at = NEWEST;
	let strict = false;
	let more = true;
	while (found.length < want && more) {
		const ids: string[] = [];
		while (ids.length < want - found.length) {
			const id = await leapfrog(ordered, at, strict);
			if (id === undefined) {
				more = false;
				break;
			}
			ids.push(id);
			at = id;
			strict = true;
		}
		const rows = await read.dossiers.bulkGet(ids.map(codeOfSearchId));
		for (const r of rows) if (r && test(r)) found.push(r);
	}
	return { rows: found.slice(offset, want), complete: !more && found.length <= want };
}

/** The newest id ≤ `at` (< when `strict`) that every word holds. */
async function leapfrog(
	words: readonly WordStream[],
	at: string,
	strict: boolean
): Promise<string | undefined> {
	for (;;) {
		const [first, ...rest] = words;
		if (!first) return undefined;
		const candidate = await first.seek(at, strict);
		if (candidate === undefined) return undefined;
		let agreed = true;
		for (const w of rest) {
			const head = await w.seek(candidate, false);
			if (head === undefined) return undefined;
			if (head !== candidate) {
				at = head;
				strict = false;
				agreed = false;
				break;
			}
		}
		if (agreed) return candidate;
	}
}

/**
 * The words, rarest first: a word whose terms were all read by the first step first (fewest ids
 * first), then by fewest ids per unit of time among the newest ones read.
 */
async function byRarity(words: WordStream[]): Promise<WordStream[]> {
	if (words.length <= 1) return words;
	const scored = await Promise.all(
		words.map(async (w) => {
			await w.seek(NEWEST, false);
			const bufs = w.streams.map((s) => s.buffered);
			const ids = bufs.flat();
			if (w.streams.every((s) => s.toEnd)) return { w, complete: true, score: ids.length };
			const time = (id: string) => parseInt(timeOfSearchId(id), 36);
			const newest = Math.max(...ids.map(time));
			const reach = Math.max(
				...bufs
					.filter((b, i) => !w.streams[i]?.toEnd && b.length > 0)
					.map((b) => time(b[b.length - 1]!))
			);
			const inReach = ids.filter((id) => time(id) >= reach).length;
			return { w, complete: false, score: inReach / Math.max(1, newest - reach) };
		})
	);
	scored.sort((a, b) => (a.complete !== b.complete ? (a.complete ? -1 : 1) : a.score - b.score));
	return scored.map((s) => s.w);
}

/** Every word too broad to drive: the book newest first, filtered in memory. */
async function broadWalk(
	read: ReadModelDb,
	test: (r: DossierRow) => boolean,
	offset: number,
	limit: number
): Promise<SearchWalk> {
	const want = offset + limit;
	const step = 200;
	const found: DossierRow[] = [];
	let skip = 0;
	for (;;) {
		const rows = await read.dossiers
			.orderBy('received_at')
			.reverse()
			.offset(skip)
			.limit(step)
			.toArray();
		skip += rows.length;
		for (const r of rows) if (test(r)) found.push(r);
		const exhausted = rows.length < step;
		if (exhausted || found.length > want)
			return { rows: found.slice(offset, want), complete: exhausted && found.length <= want };
	}
}
