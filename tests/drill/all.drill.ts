import { expect, it } from 'vitest';
import {
	cutsDuringSync,
	formatResults,
	issueSixUpload,
	offlineThenOnline,
	serverRestartMidSync,
	slowLinkUpload,
	twoLevelsOffline,
	type DrillResult
} from './drills';

// `npm run drill`: the full fault drills of issue #8, printed as one table. Each drill ends by
// comparing every document on every device and on the server.
it(
	'runs every fault drill with nothing lost, duplicated or diverged',
	{ timeout: 1_200_000 },
	async () => {
		const results: DrillResult[] = [];
		results.push(await cutsDuringSync(50, 100));
		results.push(await serverRestartMidSync(300));
		results.push(await slowLinkUpload(500));
		results.push(await issueSixUpload());
		results.push(await offlineThenOnline(50));
		results.push(await twoLevelsOffline(50));
		console.log(`\n${formatResults(results)}\n`);
		for (const r of results)
			expect(r.verdict).toMatchObject({ lost: 0, duplicated: 0, diverged: 0 });
	}
);
