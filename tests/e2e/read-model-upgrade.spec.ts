import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { IntakePage } from './pages/intake-page';
import { ReceiptPage } from './pages/receipt-page';
import { ReportPage } from './pages/report-page';
import { BookPage } from './pages/book-page';
import { setUpDevice } from './support/device';
import { READ_MODEL_V2 } from '../builders/read-model-v2';

/** Monday 2 Nov 2026, 09:00 in Vietnam. */
const MONDAY = new Date('2026-11-02T02:00:00.000Z');

async function receive(page: Page, name: string) {
	const intake = new IntakePage(page);
	await intake.open();
	await intake.fillBirthRegistration(name);
	await intake.save.click();
	await expect(new ReceiptPage(page).code).toHaveText(/-\d{4}$/);
}

test('a device updated from read model version 2 keeps its book and reports it at once, in real Chromium', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await setUpDevice(page, { slot: 3 });
	await receive(page, 'Nguyễn Thị Hoa');
	await receive(page, 'Lò Văn Thắng');
	// Both folded into the book before the app is left (the projector runs after the save).
	const folded = new BookPage(page);
	await folded.open();
	await expect(folded.rows).toHaveCount(2);

	// Leave the app, then rebuild its read model as version 2 held it: the same book rows and
	// the projector's checkpoint (so nothing is folded again), without the report tables.
	await page.goto('/favicon.svg');
	await page.evaluate(readFileSync('node_modules/dexie/dist/dexie.js', 'utf8'));
	const kept = await page.evaluate(async (schema) => {
		const Dexie = (window as unknown as { Dexie: typeof import('dexie').Dexie }).Dexie;
		const current = new Dexie('motcua-read');
		await current.open();
		const rows = await current.table('dossiers').toArray();
		const meta = await current.table('meta').toArray();
		const units = await current.table('units').toArray();
		current.close();
		await Dexie.delete('motcua-read');
		const old = new Dexie('motcua-read');
		old.version(2).stores(schema);
		await old.open();
		await old.table('dossiers').bulkPut(rows);
		await old.table('meta').bulkPut(meta);
		await old.table('units').bulkPut(units);
		const version = old.verno;
		old.close();
		return { rows: rows.length, version, tables: meta.map((m: { key: string }) => m.key) };
	}, READ_MODEL_V2);
	expect(kept).toMatchObject({ rows: 2, version: 2 });
	expect(kept.tables).toContain('projector.since');

	// The app opens it, Dexie upgrades it to version 3, 4 then 5 and the report has both dossiers.
	const report = new ReportPage(page);
	await report.open();
	await expect(report.figure('received')).toHaveText('2');
	const after = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((ok, ko) => {
			const r = indexedDB.open('motcua-read');
			r.onsuccess = () => ok(r.result);
			r.onerror = () => ko(r.error);
		});
		const names = [...db.objectStoreNames];
		const indexes = [...db.transaction('dossiers').objectStore('dossiers').indexNames];
		db.close();
		return { version: db.version, names, indexes };
	});
	// Dexie stores version n as IndexedDB version 10 n; version 5 (issue 19) refolded the rows.
	expect(after.version).toBe(50);
	expect(after.names).toEqual(expect.arrayContaining(['reportChunks', 'reportCarried', 'search']));
	expect(after.indexes).not.toContain('closed_at');
	// Version 4 built the search table from the kept rows: the book's search finds them.
	const book = new BookPage(page);
	await book.open();
	await book.find('nguyen thi hoa');
	await expect(book.rows).toHaveCount(1);
	await expect(book.rows.first()).toContainText('Nguyễn Thị Hoa');
});
