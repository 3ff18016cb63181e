import { describe, expect, it } from 'vitest';
import {
	cutsDuringSync,
	formatResults,
	offlineThenOnline,
	serverRestartMidSync,
	slowLinkUpload,
	twoLevelsOffline
} from '../../drill/drills';

// The fast subset of the fault drills (the full ones: `npm run drill`). Each ends by comparing
// every document on every device and on the server: nothing lost, duplicated or diverged.
describe('fault drills (fast subset)', () => {
	it('survives 10 cuts during a two-way sync', { timeout: 90_000 }, async () => {
		const r = await cutsDuringSync(10, 15);
		console.log(formatResults([r]));
		expect(r.verdict).toMatchObject({ lost: 0, duplicated: 0, diverged: 0 });
		expect(r.verdict.documents).toBeGreaterThanOrEqual(120);
	});

	it('survives the server being killed and restarted mid-sync', { timeout: 90_000 }, async () => {
		const r = await serverRestartMidSync(40);
		expect(r.verdict).toMatchObject({ lost: 0, duplicated: 0, diverged: 0 });
	});

	it(
		'two devices offline then online converge, notes on one dossier included',
		{ timeout: 90_000 },
		async () => {
			const r = await offlineThenOnline(5);
			expect(r.verdict).toMatchObject({ lost: 0, duplicated: 0, diverged: 0 });
			expect(r.verdict.documents).toBeGreaterThanOrEqual(4 + 2 * 20 + 2);
		}
	);

	it(
		'a commune and its upstream unit offline on the same dossiers converge (issue 17)',
		{ timeout: 90_000 },
		async () => {
			const r = await twoLevelsOffline(5);
			console.log(formatResults([r]));
			expect(r.verdict).toMatchObject({ lost: 0, duplicated: 0, diverged: 0 });
			// 5 × (intake, 3 events, supplement in, transfer, note) + 1 withdrawal + 5 × 2 upstream.
			expect(r.verdict.documents).toBe(5 * 7 + 1 + 10);
		}
	);

	it('uploads over a slow, high-latency link', { timeout: 120_000 }, async () => {
		const r = await slowLinkUpload(10);
		expect(r.verdict).toMatchObject({ lost: 0, duplicated: 0, diverged: 0 });
	});
});
