import { foldDossier } from '../../src/lib/domain/fold';
import { searchTerms } from '../../src/lib/domain/search/search-terms';
import { ReadModelDb, putRows, toDossierRow, type DossierRow } from '../../src/lib/db/read-model';
import {
	trackingPage,
	trackingTotal,
	type TrackingFilter
} from '../../src/lib/db/queries/tracking-query';
import { createGenerator } from '../lib/generate';
import { applicant, seeded } from '../lib/people';

/**
 * The tracking book's queries on a read model of `n` dossiers, in the harness page (real
 * Chromium, real IndexedDB, the CPU slowed by the caller). Rows are the projector's own
 * (`toDossierRow` of folded generated dossiers); past the first `BASE` the rows are copies with a
 * new applicant (name, citizen id, phone), code and receipt day, so that 100,000 rows take
 * seconds to make instead of the minutes the domain commands need.
 */

const BASE = 2_000;
const PAGE = 2_000;
const DAY = 86_400_000;

let read: ReadModelDb | null = null;

function variant(base: DossierRow, i: number, rand: () => number): DossierRow {
	const who = applicant(rand, 'Na Sơn');
	// 300 a day on consecutive days from 2025-07-01, office hours, newest last (as generated).
	const received = new Date(
		Date.parse('2025-07-01T00:30:00Z') + Math.floor(i / 300) * DAY + (i % 300) * 108_000
	).toISOString();
	const shift = Date.parse(received) - Date.parse(base.received_at);
	const at = (iso: string) => (iso === '' ? '' : new Date(Date.parse(iso) + shift).toISOString());
	const yymmdd = received.slice(2, 10).replace(/-/g, '');
	const seq = `9${String(i % 300).padStart(3, '0')}`;
	const code = `${base.code.split('-')[0]}-${yymmdd}-${seq}`;
	return {
		...base,
		code,
		received_at: received,
		legal_receipt_date: received.slice(0, 10),
		appointment_at: at(base.appointment_at),
		due_at: at(base.due_at),
		overdue_at: at(base.overdue_at),
		applicant_name: who.name,
		applicant_phone: who.phone,
		terms: searchTerms({
			applicantName: who.name,
			code,
			citizenId: who.citizen_id,
			phone: who.phone,
			procedureName: base.procedure_name,
			procedureCode: base.procedure_code
		})
	};
}

/** A fresh read model holding `n` tracking-book rows (and their report rows). */
async function seedBook(n: number): Promise<{ ms: number; rows: number }> {
	const t0 = performance.now();
	if (read) {
		read.close();
		await read.delete();
	}
	read = new ReadModelDb(`bench-book-${Date.now()}`);
	await read.open();
	const items = createGenerator({ commune: '99901', seed: 2026 }).next(Math.min(n, BASE));
	const base = items.map((g) => toDossierRow(foldDossier(g.dossier, [...g.events])));
	const rand = seeded(99);
	for (let done = 0; done < n; done += PAGE) {
		const rows: DossierRow[] = [];
		for (let i = done; i < Math.min(n, done + PAGE); i++) {
			const b = base[i % base.length]!;
			rows.push(i < base.length ? b : variant(b, i, rand));
		}
		const db = read;
		await db.transaction('rw', [db.dossiers, db.reportChunks, db.reportCarried, db.search], () =>
			putRows(db, rows)
		);
	}
	return { ms: performance.now() - t0, rows: await read.dossiers.count() };
}

/** Milliseconds of one `trackingPage` call, and what it found. */
async function bookQuery(
	filter: Omit<TrackingFilter, 'asOf'>,
	offset = 0,
	limit = 50
): Promise<{ ms: number; rows: number; total: number; first: string }> {
	if (!read) throw new Error('seedBook first');
	const t0 = performance.now();
	// As the book page asks: rows first, the count later (`bookTotal`).
	const page = await trackingPage(
		read,
		{ asOf: new Date().toISOString(), ...filter },
		offset,
		limit,
		true
	);
	return {
		ms: performance.now() - t0,
		rows: page.rows.length,
		total: page.total,
		first: page.rows[0]?.applicant_name ?? ''
	};
}

/** Milliseconds of the count the book reads after its rows (`trackingTotal`). */
async function bookTotal(
	filter: Omit<TrackingFilter, 'asOf'>
): Promise<{ ms: number; total: number }> {
	if (!read) throw new Error('seedBook first');
	const t0 = performance.now();
	const total = await trackingTotal(read, { asOf: new Date().toISOString(), ...filter });
	return { ms: performance.now() - t0, total };
}

/** The floor for a page of the book: Dexie's bulk read of the same 50 rows by their keys. */
async function floorRead(codes: string[]): Promise<{ ms: number }> {
	if (!read) throw new Error('seedBook first');
	const t0 = performance.now();
	await read.dossiers.bulkGet(codes);
	return { ms: performance.now() - t0 };
}

/** A sample of the seeded rows (phones and codes to search for). */
async function sample(count: number): Promise<{ code: string; phone: string; name: string }[]> {
	if (!read) throw new Error('seedBook first');
	const rows = await read.dossiers
		.orderBy(':id')
		.limit(count * 97)
		.toArray();
	return rows
		.filter((_, i) => i % 97 === 13)
		.map((r) => ({ code: r.code, phone: r.applicant_phone, name: r.applicant_name }));
}

/** Where a search's time goes (exploration): each step of the walk alone. */
async function probe(term: string): Promise<Record<string, number>> {
	if (!read) throw new Error('seedBook first');
	const db = read;
	const out: Record<string, number> = {};
	const time = async (name: string, f: () => Promise<unknown>) => {
		const t0 = performance.now();
		await f();
		out[name] = performance.now() - t0;
	};
	let codes: string[] = [];
	await time('eachKey reverse 128', () =>
		db.search
			.where('keys')
			.between(`${term}\u0001`, `${term}\u0002`)
			.reverse()
			.limit(128)
			.eachKey((_k, c) => void codes.push(String(c.primaryKey)))
	);
	await time('primaryKeys reverse 128', () =>
		db.search
			.where('keys')
			.between(`${term}\u0001`, `${term}\u0002`)
			.reverse()
			.limit(128)
			.primaryKeys()
	);
	await time('primaryKeys fwd 128', () =>
		db.search.where('keys').between(`${term}\u0001`, `${term}\u0002`).limit(128).primaryKeys()
	);
	await time('primaryKeys all', async () => {
		const all = await db.search
			.where('keys')
			.between(`${term}\u0001`, `${term}\u0002`)
			.primaryKeys();
		out.all = all.length;
	});
	await time('limit(1).keys', () =>
		db.search.where('keys').between(term, `${term}\uffff`).limit(1).keys()
	);
	await time('search.bulkGet 128', () => db.search.bulkGet(codes));
	codes = codes.slice(0, 50);
	await time('dossiers.bulkGet 50', () => db.dossiers.bulkGet(codes));
	await time('dossiers.bulkGet 50 again', () => db.dossiers.bulkGet(codes));
	await time('table count', () => db.dossiers.count());
	await time('orderBy appointment limit 50', () =>
		db.dossiers.orderBy('appointment_at').limit(50).toArray()
	);
	await time('orderBy appointment count', () => db.dossiers.orderBy('appointment_at').count());
	return out;
}

export const bookSearch = { seedBook, bookQuery, bookTotal, floorRead, sample, probe };
