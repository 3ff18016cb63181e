import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCommune } from '$lib/sync/upstream-report';
import { vnInstant as at } from '$lib/domain/calendar';
import * as cmd from '$lib/domain/commands';
import { buildReport, monthPeriod } from '$lib/domain/reports';
import { attachmentDocs } from '$lib/domain/media';
import { couch, DEMO_PASSWORD, removeDir, startTestServer, tempDir } from '../server/harness';
import { buildDossier } from '../../builders/dossier';
import { buildUnit } from '../../builders/unit';
import { DEFAULT_INPUT, Story } from '../../builders/events';

let server: Awaited<ReturnType<typeof startTestServer>>;
let dataDir: string;

beforeAll(async () => {
	dataDir = tempDir();
	server = await startTestServer(dataDir);
});

afterAll(async () => {
	await server.close();
	removeDir(dataDir);
});

/** Writes a story's documents into a commune database as that commune's officer. */
async function upload(commune: string, story: Story) {
	const who = { name: `officer-${commune}`, password: DEMO_PASSWORD };
	const docs = [story.dossier, ...story.events];
	const res = await couch(server.couchUrl, who, 'POST', `/commune-${commune}/_bulk_docs`, {
		docs
	});
	expect(res.status).toBe(201);
}

const UPSTREAM = { username: 'upstream', password: DEMO_PASSWORD };

describe('the upstream report reads every commune database over HTTP', () => {
	it('folds each commune with the domain functions; per-commune and total figures', async () => {
		// Na Sơn: early (received 7 Jul, due 10 Jul), late (8 Jul, due 11 Jul), pending (9 Jul).
		const early = new Story(buildDossier({}, { now: at('2025-07-07', '09:00') }));
		early.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-08', '10:00'));
		const late = new Story(buildDossier({}, { now: at('2025-07-08', '09:00') }));
		late.do(cmd.resolve, DEFAULT_INPUT.resolved, at('2025-07-14', '10:00'));
		const pending = new Story(buildDossier({}, { now: at('2025-07-09', '09:00') }));
		for (const s of [early, late, pending]) await upload('99901', s);
		// Điện Biên Phủ: one refusal.
		const unit = buildUnit({ code: '99902', agency_code: '000.02.11.H99', name: 'Điện Biên Phủ' });
		const refused = new Story(buildDossier({}, { now: at('2025-07-07', '09:00'), unit }));
		refused.do(cmd.refuse, DEFAULT_INPUT.refused, at('2025-07-08', '10:00'));
		await upload('99902', refused);

		// One Na Sơn dossier has its only paper photographed: it is fully digitised.
		const [photo] = attachmentDocs(
			early.dossier,
			[{ doc_id: 'to_khai', content_type: 'image/jpeg', bytes: 4, width: 2, height: 2 }],
			{ now: at('2025-07-07', '09:05'), deviceId: 'phone-1', officer: early.dossier.officer }
		);
		const put = await couch(
			server.couchUrl,
			{ name: 'officer-99901', password: DEMO_PASSWORD },
			'PUT',
			`/media-99901/${encodeURIComponent(photo?._id ?? '')}`,
			{ ...photo, _attachments: { file: { content_type: 'image/jpeg', data: '/9j/AA==' } } }
		);
		expect(put.status).toBe(201);

		const naSon = await readCommune(server.couchUrl, '99901', UPSTREAM);
		const dbp = await readCommune(server.couchUrl, '99902', UPSTREAM);
		if (!naSon.ok || !dbp.ok) throw new Error('read failed');
		expect(naSon.digitised).toEqual({ complete: 1, dossiers: 3, images: 1 });
		expect(dbp.digitised).toEqual({ complete: 0, dossiers: 1, images: 0 });
		expect(naSon.summaries).toHaveLength(3);
		const period = monthPeriod(2025, 7);
		const now = at('2025-08-15', '09:00');
		expect(buildReport(naSon.summaries, period, now).totals).toMatchObject({
			received: 3,
			resolved: 2,
			early: 1,
			late: 1,
			pending: 1,
			overdue: 1
		});
		expect(buildReport(dbp.summaries, period, now).totals).toMatchObject({
			received: 1,
			resolved: 1,
			refused: 1,
			early: 1
		});
		const total = buildReport([...naSon.summaries, ...dbp.summaries], period, now).totals;
		expect(total).toMatchObject({ received: 4, resolved: 3, early: 2, late: 1, overdue: 1 });
	});

	it('says so when the password is wrong, and when a commune officer reads another commune', async () => {
		const wrong = await readCommune(server.couchUrl, '99901', {
			username: 'upstream',
			password: 'nope'
		});
		expect(wrong).toEqual({ ok: false, reason: 'unauthorized' });
		const other = await readCommune(server.couchUrl, '99902', {
			username: 'officer-99901',
			password: DEMO_PASSWORD
		});
		expect(other).toEqual({ ok: false, reason: 'unauthorized' });
	});
});
