import { compareReplicas, type Verdict } from './compare';
import { createWorld } from './world';
import { communeOffline, foldsOf, transferAll, upstreamDevice } from './liaison-world';
import type { LocalDb } from '$lib/db/store/pouch';
import { PouchDB } from '$lib/db/store/pouch';
import { DEMO_PASSWORD } from '../unit/server/harness';

export interface DrillResult {
	readonly drill: string;
	readonly verdict: Verdict;
	readonly seconds: number;
	readonly note: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** How often `converge` compares the replicas; a drill's end is known to within this. */
const POLL_MS = 100;

type World = Awaited<ReturnType<typeof createWorld>>;

function serverDb(world: World): LocalDb {
	return new PouchDB(`${world.couchUrl}/commune-99901`, {
		skip_setup: true,
		auth: { username: 'officer-99901', password: DEMO_PASSWORD }
	}) as LocalDb;
}

/** Waits until every replica holds the same documents, or gives up after `ms`. */
async function converge(world: World, ms: number): Promise<Verdict> {
	const replicas = [...world.devices.map((d) => d.local), serverDb(world)];
	const end = Date.now() + ms;
	let verdict = await compareReplicas(replicas);
	while (Date.now() < end && (verdict.lost > 0 || verdict.diverged > 0)) {
		await sleep(POLL_MS);
		verdict = await compareReplicas(replicas);
	}
	return verdict;
}

async function timed(drill: string, note: string, run: (w: World) => Promise<Verdict>) {
	const world = await createWorld();
	const start = Date.now();
	try {
		const verdict = await run(world);
		return { drill, verdict, seconds: (Date.now() - start) / 1000, note } satisfies DrillResult;
	} finally {
		await world.close();
	}
}

/** N cuts of every connection while two devices sync both ways. */
export function cutsDuringSync(cuts: number, dossiersPerDevice: number) {
	return timed(
		`${cuts} cuts during two-way sync`,
		`${dossiersPerDevice} dossiers × 4 docs per device`,
		async (w) => {
			const a = w.device('a');
			const b = w.device('b');
			await a.intake(dossiersPerDevice, 6);
			await b.intake(dossiersPerDevice, 7);
			void a.engine.start();
			void b.engine.start();
			for (let i = 0; i < cuts; i++) {
				await sleep(50 + Math.floor(Math.random() * 150));
				w.proxy.cutAll();
			}
			await Promise.all([a.engine.syncNow(), b.engine.syncNow()]);
			return converge(w, 60_000);
		}
	);
}

/** The server process dies mid-sync and comes back on the same data. */
export function serverRestartMidSync(dossiers: number) {
	return timed('server killed and restarted mid-sync', `${dossiers} dossiers`, async (w) => {
		const a = w.device('a');
		await a.intake(dossiers, 6);
		void a.engine.start();
		await sleep(300);
		await w.restartServer();
		await a.engine.syncNow();
		return converge(w, 60_000);
	});
}

/** A 2G-like link (256 kbit/s, 300 ms each way) for an upload. */
export function slowLinkUpload(dossiers: number) {
	return timed(
		'2G link upload (256 kbit/s, 300 ms)',
		`${dossiers} dossiers with 3 events`,
		async (w) => {
			w.proxy.set({ bandwidthBps: 256_000, latencyMs: 300 });
			const a = w.device('a');
			await a.intake(dossiers, 6);
			void a.engine.start();
			return converge(w, 600_000);
		}
	);
}

/**
 * Issue #6's own case: a device that was in sync goes offline, takes 100 dossiers with 5 events
 * each (600 documents), and the link comes back as 256 kbit/s with 300 ms each way; the seconds
 * are from the reconnect (the engine started again, as the app does on `online`) to the last
 * document on the server.
 */
export async function issueSixUpload(onStart?: (at: number) => void): Promise<DrillResult> {
	const world = await createWorld();
	try {
		const a = world.device('a');
		void a.engine.start();
		while (a.caughtUp() === 0) await sleep(50);
		a.engine.stop();
		await a.intake(100, 6, 5);
		world.proxy.set({ bandwidthBps: 256_000, latencyMs: 300 });
		await sleep(500);
		const start = Date.now();
		onStart?.(start);
		void a.engine.start();
		const verdict = await converge(world, 120_000);
		return {
			drill: '2G link: 100 dossiers × 5 events taken offline, then reconnect',
			verdict,
			seconds: (Date.now() - start) / 1000,
			note: 'issue #6 target: under 5 s'
		};
	} finally {
		await world.close();
	}
}

/** Two devices work offline on their own and on the same dossier, then come back. */
export function offlineThenOnline(dossiersPerDevice: number) {
	return timed(
		'two devices offline, then online',
		`${dossiersPerDevice} each + notes on one shared dossier`,
		async (w) => {
			const a = w.device('a');
			const b = w.device('b');
			const [shared] = await a.intake(1, 6);
			void a.engine.start();
			void b.engine.start();
			await converge(w, 30_000);
			w.proxy.set({ blackhole: true });
			w.proxy.cutAll();
			await a.intake(dossiersPerDevice, 6);
			await b.intake(dossiersPerDevice, 7);
			if (shared) {
				await a.note(shared, 'Thiết bị A: đã gọi điện cho công dân');
				await b.note(shared, 'Thiết bị B: công dân đến bổ sung');
			}
			await sleep(500);
			w.proxy.set({ blackhole: false });
			await Promise.all([a.engine.syncNow(), b.engine.syncNow()]);
			return converge(w, 60_000);
		}
	);
}

/**
 * One-stop across levels (issue 17): a commune transfers its dossiers to an upstream unit; both
 * go offline; the commune adds notes and records withdrawals while the unit accepts and resolves
 * the same dossiers; then both come back. Every document must be on all three replicas (commune
 * device, unit device, server), and both devices must fold every dossier to the same state (a
 * differing fold counts as diverged).
 */
export function twoLevelsOffline(dossiers: number) {
	return timed(
		'commune and upstream unit offline on the same dossiers',
		`${dossiers} dossiers transferred up; notes, withdrawals vs accept + resolve`,
		async (w) => {
			const a = w.device('a');
			await a.intake(dossiers, 6);
			await transferAll(a.local, 'drill-a');
			const up = upstreamDevice(`${w.proxy.url}/couchdb`);
			void a.engine.start();
			const before = await convergeWith(w, [up.local], 30_000, async () => {
				await up.lane.syncNow();
			});
			if (before.lost > 0) throw new Error('the unit never received the transfers');
			w.proxy.set({ blackhole: true });
			w.proxy.cutAll();
			const upstreamWrote = await up.acceptAndResolve();
			if (upstreamWrote !== 2 * dossiers) throw new Error(`the unit wrote ${upstreamWrote} steps`);
			await communeOffline(a.local, 'drill-a');
			await sleep(300);
			w.proxy.set({ blackhole: false });
			up.lane.start();
			await Promise.all([a.engine.syncNow(), up.lane.syncNow()]);
			const verdict = await convergeWith(w, [up.local], 60_000, async () => {
				await up.lane.syncNow();
			});
			await up.lane.stop();
			if (up.denied.length > 0) throw new Error(`server denied ${up.denied.join('; ')}`);
			const [mine, theirs] = await Promise.all([foldsOf(a.local), up.folds()]);
			let differ = 0;
			for (const [code, fold] of mine) if (theirs.get(code) !== fold) differ += 1;
			return { ...verdict, diverged: verdict.diverged + differ };
		}
	);
}

/** `converge` with extra replicas, calling `poke` between comparisons (a lane with no live feed). */
async function convergeWith(
	world: World,
	extra: readonly LocalDb[],
	ms: number,
	poke: () => Promise<void>
): Promise<Verdict> {
	const replicas = [...world.devices.map((d) => d.local), ...extra, serverDb(world)];
	const end = Date.now() + ms;
	let verdict = await compareReplicas(replicas);
	while (Date.now() < end && (verdict.lost > 0 || verdict.diverged > 0)) {
		await poke();
		await sleep(POLL_MS);
		verdict = await compareReplicas(replicas);
	}
	return verdict;
}

export function formatResults(results: readonly DrillResult[]): string {
	const lines = [
		'| drill | documents | lost | duplicated | diverged | seconds | notes |',
		'| --- | ---: | ---: | ---: | ---: | ---: | --- |'
	];
	for (const r of results) {
		const v = r.verdict;
		lines.push(
			`| ${r.drill} | ${v.documents} | ${v.lost} | ${v.duplicated} | ${v.diverged} | ${r.seconds.toFixed(1)} | ${r.note} |`
		);
	}
	return lines.join('\n');
}
