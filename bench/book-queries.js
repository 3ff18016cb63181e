// The tracking book's queries timed in the harness page (bench/harness/book-search.ts): used by
// `npm run bench:search` and by `npm run bench`.
import { CPU_SLOWDOWN } from './browser.js';

/**
 * @param {{ page: import('@playwright/test').Page, throttle: (rate: number) => Promise<unknown> }} h
 * @param {number} store @param {number} runs @param {(line: string) => void} log
 * @returns {Promise<{ measure: string, values: number[], note: string }[]>}
 */
export async function bookQueries(h, store, runs, log) {
	/** @param {string} name @param {unknown[]} args @returns {Promise<any>} */
	const call = (name, ...args) =>
		h.page.evaluate(
			([n, a]) =>
				/** @type {any} */ (window).motcuaBench[/** @type {string} */ (n)](
					.../** @type {unknown[]} */ (a)
				),
			/** @type {[string, unknown[]]} */ ([name, args])
		);
	const seeded = await call('seedBook', store);
	log(`seeded ${seeded.rows} rows in ${(seeded.ms / 1000).toFixed(1)} s (not throttled)`);
	const sample = await call('sample', 3);
	const phone = /** @type {string} */ (sample[0].phone);
	const code = /** @type {string} */ (sample[1].code);
	const searches = [
		['nguyen van', 'two common words'],
		['thi', 'one very common word'],
		['lo thi hoa', 'three words, a rare name'],
		[phone.slice(-4), 'phone suffix (last 4 digits)'],
		[phone.slice(0, 7), 'phone prefix (7 digits)'],
		[code.split('-').slice(-2).join('-'), 'code date-sequence'],
		['nguy', 'one short prefix']
	];
	await h.throttle(CPU_SLOWDOWN);
	/** @type {{ measure: string, values: number[], note: string }[]} */
	const out = [];
	/** @param {string} measure @param {string} note @param {() => Promise<{ ms: number }>} once */
	const time = async (measure, note, once) => {
		await once(); // warm
		const values = [];
		let last;
		for (let i = 0; i < runs; i++) {
			last = await once();
			values.push(last.ms);
		}
		out.push({ measure, values, note });
		log(`${measure}: ${values.map((v) => v.toFixed(1)).join(', ')} ${JSON.stringify(last)}`);
	};
	const all = [];
	for (const [q, what] of searches) {
		await time(`search "${q}" → first 50`, what, () => call('bookQuery', { query: q }));
		const r = out[out.length - 1];
		if (r) all.push(...r.values);
	}
	out.push({ measure: 'search: all queries above', values: all, note: 'accent-free' });
	await time('book: first page (no filter)', '50 rows in due-date order', () =>
		call('bookQuery', {})
	);
	await time('book: page 3 (no filter)', 'offset 100', () => call('bookQuery', {}, 100));
	await time('book: status filter (in progress)', 'status 2', () =>
		call('bookQuery', { status: 2 })
	);
	await time('book: overdue filter', '', () => call('bookQuery', { overdue: true }));
	await time(
		'count, after the rows: the whole book',
		'trackingTotal, not awaited by the page',
		() => call('bookTotal', {})
	);
	await time('count, after the rows: "nguyen van"', 'trackingTotal, not awaited by the page', () =>
		call('bookTotal', { query: 'nguyen van' })
	);
	const floorCodes = (await call('sample', 50)).map((/** @type {{ code: string }} */ s) => s.code);
	await time('floor: Dexie bulkGet of 50 rows by key', 'anchor for a page of the book', () =>
		call('floorRead', floorCodes)
	);
	await h.throttle(1);
	return out;
}
