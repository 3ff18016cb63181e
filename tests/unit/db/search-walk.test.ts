import Dexie from 'dexie';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ReadModelDb, searchId, searchRow, sealRows, type DossierRow } from '$lib/db/read-model';
import { searchWalk as walkWith } from '$lib/db/queries/search-walk';
import { queryMatch } from '$lib/db/queries/query-match';
import { createDeviceSecret, vault } from '$lib/crypto';
import { trackingPage, trackingTotal } from '$lib/db/queries/tracking-query';
import { matchesQuery, searchTerms } from '$lib/domain/search/search-terms';
import { freshIndexedDb } from './harness';

const FAMILY = ['Nguyễn', 'Lò', 'Quàng', 'Trần', 'Hoàng'];
const MIDDLE = ['Văn', 'Thị', 'Thị Thu', 'Ngọc'];
const GIVEN = ['Hoa', 'Hoà', 'An', 'Nguyên', 'Thịnh', 'Lan', 'Hoài'];

/** `count` book lines; every seventh shares its receipt millisecond with the one before. */
function rows(count: number): DossierRow[] {
	const out: DossierRow[] = [];
	let t = Date.parse('2025-07-01T01:00:00Z');
	for (let i = 0; i < count; i++) {
		if (i % 7 !== 0) t += 60_000 + (i % 5) * 1000;
		const name = `${FAMILY[i % 5]} ${MIDDLE[(i * 3) % 4]} ${GIVEN[(i * 5) % 7]}`;
		const phone = `09${String(12_000_000 + i * 7919).slice(0, 8)}`;
		const code = `000.17.22.H56-${String(250701 + (i % 28)).padStart(6, '0')}-${String(1000 + i)}`;
		const received_at = new Date(t).toISOString();
		out.push({
			code,
			received_at,
			applicant_name: name,
			applicant_phone: phone,
			terms: searchTerms({ applicantName: name, phone, code })
		} as unknown as DossierRow);
	}
	return out;
}

let read: ReadModelDb;
let all: DossierRow[];

const searchWalk = async (
	db: ReadModelDb,
	query: string,
	test: (r: DossierRow) => boolean,
	offset: number,
	limit: number
) => walkWith(db, await queryMatch(query), test, offset, limit);

/** Stores the rows as the projector does: expanded prefixes, sealed and hashed when unlocked. */
async function store(db: ReadModelDb, plain: DossierRow[]) {
	const stored = await sealRows(plain);
	await db.dossiers.bulkPut(stored);
	await db.search.bulkPut(stored.map(searchRow));
}

// The same walk on a device with no secret (plain prefixes) and on an unlocked one (hashes).
const modes = ['plain', 'sealed'] as const;
afterAll(() => {
	vault.lock();
	vault.configure(false);
});

/** What a search must answer: every match, newest receipt first (then code, descending). */
function expected(query: string): string[] {
	return all
		.filter((r) => matchesQuery(r.terms, query))
		.sort((a, b) => (searchId(b.code, b.received_at) < searchId(a.code, a.received_at) ? -1 : 1))
		.map((r) => r.code);
}

const QUERIES = [
	'nguyen',
	'nguyen van',
	'thi hoa',
	'lo thi hoai',
	'hoa',
	'h',
	'thin',
	'0912',
	'zzz'
];

describe.each(modes)('the newest-first search walk (%s)', (mode) => {
	beforeEach(async () => {
		freshIndexedDb();
		if (mode === 'sealed') vault.open((await createDeviceSecret('pw', 1000)).keys);
		else {
			vault.lock();
			vault.configure(false);
		}
		read = new ReadModelDb('motcua-read');
		all = rows(900);
		await store(read, all);
	});

	it('keeps no name, phone or clear term in a sealed row', async () => {
		const stored = await read.dossiers.toArray();
		const text = JSON.stringify(stored) + JSON.stringify(await read.search.toArray());
		if (mode === 'sealed') {
			expect(text).not.toContain('Nguyễn');
			expect(text).not.toContain('nguyen');
			expect(text).not.toContain(all[3]!.applicant_phone);
			expect(stored.every((r) => r.sealed !== undefined && r.applicant_name === '')).toBe(true);
		} else expect(text).toContain('nguyen');
	});

	it('finds the same dossiers as a full scan, newest first, on every page', async () => {
		for (const query of QUERIES) {
			const want = expected(query);
			for (const [offset, limit] of [
				[0, 50],
				[50, 50],
				[300, 120],
				[0, 2000]
			] as const) {
				const walk = await searchWalk(read, query, () => true, offset, limit);
				expect(
					walk.rows.map((r) => r.code),
					`${query} @${offset}`
				).toEqual(want.slice(offset, offset + limit));
				expect(walk.complete, `${query} @${offset} complete`).toBe(offset + limit >= want.length);
			}
		}
	});

	it('applies the other filters to the rows and counts only when asked', async () => {
		const test = (r: DossierRow) =>
			r.applicant_phone.endsWith('1') || r.applicant_phone.endsWith('3');
		const want = expected('nguyen').filter((c) => test(all.find((r) => r.code === c)!));
		const sealed = await searchWalk(read, 'nguyen', () => true, 0, 2000);
		const phones = new Map(all.map((r) => [r.code, r.applicant_phone]));
		const testPlain = (r: DossierRow) => test({ ...r, applicant_phone: phones.get(r.code)! });
		expect(sealed.rows.length).toBe(expected('nguyen').length);
		const walk = await searchWalk(read, 'nguyen', testPlain, 0, 40);
		expect(walk.rows.map((r) => r.code)).toEqual(want.slice(0, 40));
		const page = await trackingPage(read, { asOf: '2026-01-01T00:00:00Z', query: 'nguyen' }, 0, 50);
		expect(page.counted).toBe(false);
		expect(page.total).toBe(51);
		const total = await trackingTotal(read, { asOf: '2026-01-01T00:00:00Z', query: 'nguyen' });
		expect(total).toBe(expected('nguyen').length);
	});
});

describe('read model version 5', () => {
	it('drops the clear rows of version 4 and rewinds the projector', async () => {
		freshIndexedDb();
		const v4 = new Dexie('motcua-read');
		v4.version(4).stores({
			dossiers:
				'code, [open+appointment_at], appointment_at, legal_receipt_date, ' +
				'[status+appointment_at], [field_code+appointment_at], [procedure_code+appointment_at], ' +
				'handler_id, received_at, [book_year+book_volume+book_entry], ' +
				'[in_progress+overdue_at]',
			reportChunks: 'chunk',
			reportCarried: '[legal_receipt_date+code], [closed_at+legal_receipt_date], *carried_into',
			search: 'id, *keys',
			problems: 'id',
			procedures: 'code, field.code',
			calendars: 'year',
			units: 'code',
			meta: 'key'
		});
		const some = rows(50);
		await v4.table('dossiers').bulkPut(some);
		await v4.table('search').bulkPut(some.map(searchRow));
		await v4.table('meta').put({ key: 'projector.since', value: 50 });
		v4.close();
		const upgraded = new ReadModelDb('motcua-read');
		expect(await upgraded.dossiers.count()).toBe(0);
		expect(await upgraded.search.count()).toBe(0);
		expect(await upgraded.meta.get('projector.since')).toBeUndefined();
		upgraded.close();
	});
});
