import { expect, test } from '@playwright/test';
import { SyncPage } from './pages/sync-page';
import { communeDossiers } from './support/commune-docs';

// The first download of a commune with many dossiers (issue 6): n of N progress, and a cut link
// resumes where it stopped rather than starting over. Commune 99902 gets 2,400 dossiers from a
// device of slot 9 upstream; the test's device downloads them in pages of 1,000.
// Written as another device of the commune (the officer's login): since issue 17 the upstream
// office writes only its own one-stop events to a commune.
const UPSTREAM = `Basic ${Buffer.from('officer-99902:motcua').toString('base64')}`;

test('a cut first download resumes after the pages it already has, and nothing is missing', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const couch = `${baseURL}/couchdb`;
	const docs = communeDossiers(2_400, {
		commune: '99902',
		slot: 9,
		deviceId: 'may-tai-mau',
		firstDay: '2026-03-02'
	});
	for (let i = 0; i < docs.length; i += 800) {
		const res = await fetch(`${couch}/commune-99902/_bulk_docs`, {
			method: 'POST',
			headers: { Authorization: UPSTREAM, 'Content-Type': 'application/json' },
			body: JSON.stringify({ docs: docs.slice(i, i + 800) })
		});
		expect(res.status).toBe(201);
		const refused = ((await res.json()) as { error?: string }[]).filter((r) => r.error);
		expect(refused).toEqual([]);
	}
	const upstreamIds = (
		(await (
			await fetch(`${couch}/commune-99902/_all_docs`, { headers: { Authorization: UPSTREAM } })
		).json()) as { rows: { id: string }[] }
	).rows
		.map((r) => r.id)
		.filter((id) => !id.startsWith('_design/'));

	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const pages: string[] = [];
	let cut = true;
	await page.route('**/couchdb/commune-99902/_all_docs?**', async (route) => {
		const url = new URL(route.request().url());
		// The download's pages: 1,000 documents with their bodies (enrolment reads slots apart).
		const download =
			url.searchParams.get('include_docs') === 'true' && url.searchParams.get('limit') === '1000';
		if (!download) return route.continue();
		pages.push(url.searchParams.get('startkey') ?? '(start)');
		// The link drops on the second page.
		if (cut && url.searchParams.has('startkey')) return route.abort('connectionreset');
		return route.continue();
	});
	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn('officer-99902');
	await expect(sync.progress).toContainText(/1[.,]?000/, { timeout: 30_000 });
	await expect(sync.phase).not.toHaveText('Đã đồng bộ');
	// The progress shows the first page before the second is asked for (CI: read too early).
	await expect.poll(() => pages.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
	expect(pages[0]).toBe('(start)');
	const resumeFrom = pages[1];
	expect(resumeFrom).toMatch(/^"dossier:/);

	cut = false;
	await sync.syncNow.click();
	await sync.waitInSync(60_000);
	// The retry started after the page it had, not from the beginning.
	expect(pages[2]).toBe(resumeFrom);
	expect(pages.filter((p) => p === '(start)')).toHaveLength(1);

	const local = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('_pouch_commune-99902');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
			const req = db.transaction('document-store').objectStore('document-store').getAllKeys();
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		db.close();
		return keys.map(String);
	});
	const have = new Set(local);
	expect(upstreamIds.filter((id) => !have.has(id))).toEqual([]);
	expect(local.length).toBe(have.size);
	await context.close();
});
