import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { heldFiles, keepFetched, photosOf } from '$lib/db/media';
import { stopRuntime } from '$lib/db/runtime';
import { basicAuth } from '$lib/sync/media-upload';
import { fetchMediaFile, listDossierMedia } from '$lib/sync/media-fetch';
import { DEMO_PASSWORD, couch, removeDir, startTestServer, tempDir } from '../server/harness';
import { freshDevice } from '../db/harness';

// Issue 17: the unit's device reads the photos of a transferred dossier from the commune's
// media database upstream (real embedded server, real HTTP) and keeps them in its journal.
let server: Awaited<ReturnType<typeof startTestServer>>;
let dataDir: string;
const officer = { name: 'officer-99901', password: DEMO_PASSWORD };
const unit = basicAuth({ username: 'upstream', password: DEMO_PASSWORD });
const CODE = 'H12.99.99901-250707-0001';
const BYTES = 2_000;

function photoDoc(n: number, code = CODE) {
	return {
		_id: `attachment:${code}:to_khai:d-test:2025070709000${n}`,
		type: 'attachment',
		dossier_code: code,
		doc_id: 'to_khai',
		doc_name: 'Tờ khai',
		content_type: 'image/jpeg',
		bytes: BYTES,
		width: 40,
		height: 30,
		created_at: `2025-07-07T02:00:0${n}.000Z`,
		device_id: 'd-test',
		officer: { id: 'cb-01', name: 'Lò Văn Minh' }
	};
}

function file(seed: number): string {
	const data = Buffer.alloc(BYTES, seed);
	data[0] = 0xff;
	data[1] = 0xd8;
	return data.toString('base64');
}

async function put(doc: Record<string, unknown>, seed: number) {
	const body = { ...doc, _attachments: { file: { content_type: 'image/jpeg', data: file(seed) } } };
	return couch(
		server.couchUrl,
		officer,
		'PUT',
		`/media-99901/${encodeURIComponent(String(doc._id))}`,
		body
	);
}

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
	expect((await put(photoDoc(2), 2)).status).toBe(201);
	expect((await put(photoDoc(1), 1)).status).toBe(201);
	expect((await put(photoDoc(3, 'H12.99.99901-250707-0002'), 3)).status).toBe(201);
	// Shaped well enough for the server's coarse check, but not a valid photo document.
	const bad: Record<string, unknown> = { ...photoDoc(4) };
	delete bad.officer;
	expect((await put(bad, 4)).status).toBe(201);
});
afterAll(async () => {
	await server.close();
	removeDir(dataDir);
});
afterEach(async () => {
	await stopRuntime();
});

describe('a unit device fetching a transferred dossier’s photos', () => {
	it('lists only that dossier’s photos, oldest first, and skips an invalid document by id', async () => {
		const listing = await listDossierMedia(fetch, server.couchUrl, unit, '99901', CODE);
		expect(listing.docs.map((d) => d._id)).toEqual([photoDoc(1)._id, photoDoc(2)._id]);
		expect(listing.skipped).toEqual([photoDoc(4)._id]);
	});

	it('fetches each file with its declared size and keeps it for offline as `fetched`', async () => {
		const rt = await freshDevice({ upstream_unit: 'snnmt-11' });
		const { docs } = await listDossierMedia(fetch, server.couchUrl, unit, '99901', CODE);
		expect(
			await heldFiles(
				rt.journal,
				docs.map((d) => d._id)
			)
		).toEqual(new Set());
		for (const doc of docs) {
			const blob = await fetchMediaFile(fetch, server.couchUrl, unit, '99901', doc);
			expect(blob.size).toBe(BYTES);
			expect(new Uint8Array(await blob.arrayBuffer())[2]).toBe(doc === docs[0] ? 1 : 2);
			await keepFetched(rt.journal, 'media-99901', doc, blob, '2025-07-09T03:00:00.000Z');
		}
		const rows = await photosOf(rt.journal, CODE);
		expect(rows.map((r) => [r.id, r.state, r.blob?.size])).toEqual([
			[photoDoc(1)._id, 'fetched', BYTES],
			[photoDoc(2)._id, 'fetched', BYTES]
		]);
		expect(
			await heldFiles(
				rt.journal,
				docs.map((d) => d._id)
			)
		).toEqual(new Set(docs.map((d) => d._id)));
	});

	it('refuses a file whose size differs from its document, and anonymous reads', async () => {
		const { docs } = await listDossierMedia(fetch, server.couchUrl, unit, '99901', CODE);
		const wrong = { ...docs[0]!, bytes: BYTES + 1 };
		await expect(fetchMediaFile(fetch, server.couchUrl, unit, '99901', wrong)).rejects.toThrow(
			/size/
		);
		await expect(listDossierMedia(fetch, server.couchUrl, '', '99901', CODE)).rejects.toMatchObject(
			{ status: 401 }
		);
	});
});
