import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { couch, DEMO_PASSWORD, removeDir, startTestServer, tempDir, type Who } from './harness';

// Issue 19, point 5: "written once" holds with parallel writers. Two clients write the same
// event id at the same instant with different content (two devices of one commune), many times over: exactly one write is
// stored, the other is refused, and the database keeps one revision, no conflict.

const officer: Who = { name: 'officer-99901', password: DEMO_PASSWORD };
const DB = '/commune-99901';
const ROUNDS = 25;

const eventId = (n: number) =>
	`event:000.01.11.H99-261207-${String(n).padStart(4, '0')}:0001765000000000-0000:tablet-7:${n}`;
const event = (n: number, kind: string) => ({
	_id: eventId(n),
	type: 'event',
	kind,
	dossier_id: `dossier:000.01.11.H99-261207-${String(n).padStart(4, '0')}`
});

let dataDir: string;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
});

afterAll(async () => {
	await server?.close();
	removeDir(dataDir);
});

/** The stored document with its conflicts and revision list. */
async function stored(id: string) {
	const res = await couch(
		server.couchUrl,
		officer,
		'GET',
		`${DB}/${encodeURIComponent(id)}?conflicts=true&revs_info=true`
	);
	expect(res.status).toBe(200);
	return res.body as Record<string, unknown>;
}

describe('written once, with two writers at once', () => {
	it(
		'PUT of one event id by two clients at the same instant: one 201, one refused, one revision',
		{ timeout: 30_000 },
		async () => {
			for (let n = 1; n <= ROUNDS; n += 1) {
				const a = event(n, 'received');
				const b = event(n, 'returned');
				const path = `${DB}/${encodeURIComponent(a._id)}`;
				const [ra, rb] = await Promise.all([
					couch(server.couchUrl, officer, 'PUT', path, a),
					couch(server.couchUrl, officer, 'PUT', path, b)
				]);
				const statuses = [ra.status, rb.status].sort();
				expect(statuses[0], `round ${n}`).toBe(201);
				expect([403, 409], `round ${n}`).toContain(statuses[1]);
				const doc = await stored(a._id);
				expect(doc.kind).toBe(ra.status === 201 ? 'received' : 'returned');
				expect(doc._conflicts).toBeUndefined();
				expect(doc._revs_info).toHaveLength(1);
			}
		}
	);

	it(
		'_bulk_docs of one event id by two clients at once: one ok, one error, no conflict',
		{ timeout: 30_000 },
		async () => {
			for (let n = ROUNDS + 1; n <= 2 * ROUNDS; n += 1) {
				const [ra, rb] = await Promise.all([
					couch(server.couchUrl, officer, 'POST', `${DB}/_bulk_docs`, {
						docs: [event(n, 'received')]
					}),
					couch(server.couchUrl, officer, 'POST', `${DB}/_bulk_docs`, {
						docs: [event(n, 'returned')]
					})
				]);
				const rows = [ra.body, rb.body].map((b) => (b as unknown as CouchRow[])[0]!);
				expect(rows.filter((r) => r.ok).length, `round ${n}`).toBe(1);
				expect(rows.filter((r) => r.error).length, `round ${n}`).toBe(1);
				const doc = await stored(eventId(n));
				expect(doc._conflicts).toBeUndefined();
				expect(doc._revs_info).toHaveLength(1);
			}
		}
	);
});

interface CouchRow {
	ok?: boolean;
	error?: string;
}
