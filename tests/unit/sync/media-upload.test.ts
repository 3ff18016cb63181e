import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, expectPresent } from '../../builders/result';
import { intake } from '$lib/app/dossier/intake';
import { photosOf } from '$lib/db/media/photo-store';
import { stopRuntime, type Runtime } from '$lib/db/runtime';
import {
	basicAuth,
	confirmedUpstream,
	MediaUploader,
	type MediaLaneState
} from '$lib/sync/media-upload';
import { DEMO_PASSWORD, removeDir, startTestServer, tempDir } from '../server/harness';
import { freshDevice } from '../db/harness';
import { intakeForm } from '../../builders/dossier';
import { preparedPhoto } from '../../builders/photo';

let server: Awaited<ReturnType<typeof startTestServer>>;
let dataDir: string;
const credentials = { username: 'officer-99901', password: DEMO_PASSWORD };
const NOW = '2026-03-10T02:00:00.000Z';

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
});
afterAll(async () => {
	await server.close();
	removeDir(dataDir);
});
afterEach(async () => {
	await stopRuntime();
});

/** A lane over the device's journal; `idle` says whether the records lane is caught up. */
function lane(rt: Runtime, fetcher: typeof fetch, idle = () => true) {
	const states: MediaLaneState[] = [];
	const uploader = new MediaUploader({
		journal: rt.journal,
		remoteBase: server.couchUrl,
		communeDb: rt.commune?.name ?? '',
		credentials,
		fetch: fetcher,
		sink: { media: (s) => states.push(s) },
		recordsIdle: idle
	});
	return { uploader, states };
}

/** Runs the lane until it has nothing due (it reports `uploading: false` at the end of a pass). */
async function pass(l: ReturnType<typeof lane>) {
	const before = l.states.length;
	l.uploader.kick();
	await expect
		.poll(() => l.states.slice(before + 1).some((s) => !s.uploading), { timeout: 10_000 })
		.toBe(true);
}

async function upstreamFile(id: string): Promise<Uint8Array> {
	const res = await fetch(`${server.couchUrl}/media-99901/${encodeURIComponent(id)}/file`, {
		headers: { Authorization: basicAuth(credentials) }
	});
	expect(res.status).toBe(200);
	return new Uint8Array(await res.arrayBuffer());
}

/** Sends the device's records upstream, as the records lane does before any photo. */
async function pushRecords(rt: Runtime): Promise<void> {
	const target = new URL(`${server.couchUrl}/commune-99901`);
	target.username = credentials.username;
	target.password = credentials.password;
	expectPresent(rt.commune, 'the commune database');
	await rt.commune.replicate.to(target.href);
}

async function withDevice(): Promise<Runtime> {
	// The uploader names the upstream database after the local one: commune-99901 → media-99901.
	const rt = await freshDevice();
	Object.defineProperty(rt.commune, 'name', { value: 'commune-99901' });
	return rt;
}

describe('the media lane', () => {
	it('uploads each photo as its own document in media-<code>, byte for byte', async () => {
		const rt = await withDevice();
		const photo = preparedPhoto('to_khai', 120_000, 7);
		const r = await intake(rt, intakeForm(), NOW, [photo]);
		expectOk(r);
		await pushRecords(rt);
		const l = lane(rt, fetch);
		await pass(l);
		const [row] = await photosOf(rt.journal, r.value.dossier.code);
		expectPresent(row, 'the photo row');
		expect(row.state).toBe('uploaded');
		const stored = await upstreamFile(row.id);
		expect(stored).toEqual(new Uint8Array(await photo.blob.arrayBuffer()));
		const confirmed = await confirmedUpstream(fetch, l.uploader.url, l.uploader.auth, [
			{ id: row.id, bytes: row.bytes },
			{ id: `${row.id}x`, bytes: 1 }
		]);
		expect([...confirmed]).toEqual([row.id]);
		await l.uploader.stop();
	});

	it('sends nothing while the records lane still has work', async () => {
		const rt = await withDevice();
		const r = await intake(rt, intakeForm(), NOW, [preparedPhoto('to_khai', 5000, 8)]);
		expectOk(r);
		let requests = 0;
		const counting: typeof fetch = (input, init) => {
			requests += 1;
			return fetch(input, init);
		};
		const l = lane(rt, counting, () => false);
		l.uploader.kick();
		await expect.poll(() => l.states.length).toBeGreaterThan(0);
		await new Promise((r) => setTimeout(r, 200));
		expect(requests).toBe(0);
		expect((await photosOf(rt.journal, r.value.dossier.code))[0]?.state).toBe('pending');
		await l.uploader.stop();
	});

	it('holds a photo back until upstream has its dossier record, even when the records lane says idle', async () => {
		const rt = await withDevice();
		// Another day than the other tests: a code of its own, not yet upstream.
		const r = await intake(rt, intakeForm(), '2026-03-12T02:00:00.000Z', [
			preparedPhoto('to_khai', 5000, 11)
		]);
		expectOk(r);
		const puts: string[] = [];
		const watching: typeof fetch = (input, init) => {
			if (init?.method === 'PUT') puts.push(String(input));
			return fetch(input, init);
		};
		// The records lane's status lags the write just made: it still says idle.
		const l = lane(rt, watching, () => true);
		await pass(l);
		expect(puts).toEqual([]);
		expect((await photosOf(rt.journal, r.value.dossier.code))[0]?.state).toBe('pending');
		await pushRecords(rt);
		await pass(l);
		expect(puts).toHaveLength(1);
		expect((await photosOf(rt.journal, r.value.dossier.code))[0]?.state).toBe('uploaded');
		await l.uploader.stop();
	});

	it('a failing upload waits its back-off and does not hold back the next photo', async () => {
		const rt = await withDevice();
		const a = await intake(rt, intakeForm(), NOW, [preparedPhoto('to_khai', 6000, 9)]);
		const b = await intake(rt, intakeForm(), '2026-03-10T02:01:00.000Z', [
			preparedPhoto('to_khai', 7000, 10)
		]);
		if (!a.ok || !b.ok) throw new Error('intake failed');
		await pushRecords(rt);
		const codeA = a.value.dossier.code;
		let refuseA = true;
		const flaky: typeof fetch = (input, init) => {
			if (refuseA && init?.method === 'PUT' && String(input).includes(encodeURIComponent(codeA))) {
				return Promise.resolve(new Response('{"error":"bad gateway"}', { status: 502 }));
			}
			return fetch(input, init);
		};
		const l = lane(rt, flaky);
		await pass(l);
		const [rowA] = await photosOf(rt.journal, codeA);
		const [rowB] = await photosOf(rt.journal, b.value.dossier.code);
		expect(rowB?.state).toBe('uploaded');
		expect(rowA).toMatchObject({ state: 'pending', tries: 1 });
		expect(rowA?.last_error).toContain('502');
		// The link heals: the lane's own retry timer sends it (1 s back-off).
		refuseA = false;
		await expect
			.poll(async () => (await photosOf(rt.journal, codeA))[0]?.state, { timeout: 10_000 })
			.toBe('uploaded');
		await l.uploader.stop();
	});
});
