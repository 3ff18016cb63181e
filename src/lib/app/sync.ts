import type { LocalDb } from '$lib/db/store';
import { PouchDB, saveDeviceSetup, saveUpstreamUnit, saveUpstreamUrl } from '$lib/db/store';
import { communes } from '$lib/db/queries';
import { LiaisonLane } from '$lib/sync/liaison';
import type { DomainError } from '$lib/domain/errors';
import { parseUpstreamUrl } from '$lib/domain/validate/upstream-url';
import { getRuntime, reloadDevice } from '$lib/db/runtime';
import type { DownloadCheckpoint, DownloadStore } from '$lib/sync/first-download';
import { enrolDevice } from '$lib/sync/enrol';
import { SyncEngine, type Credentials, type SyncSink } from '$lib/sync/engine';
import { lastUser, login, logout, type LoginResult } from '$lib/sync/session';
import { basicAuth, MediaUploader } from '$lib/sync/media-upload';
import { StatusPublisher } from '$lib/sync/status-publish';
import { probeUpstream } from '$lib/sync/probe-upstream';
import { createTransport } from '$lib/sync/transport';
import { syncStatus } from '$lib/sync/status.svelte';
import { isRevokedReason, watchRevocation } from '$lib/sync/revocation';
import { applyRevocation, revocationOf } from './revocation';
import { inheritSlotOnce } from './inherit-slot';
import { openJson, sealJson, vault, type DataKeys } from '$lib/crypto';
import { setDayPin, unlockWithPin, type PinResult } from '$lib/sync/day-pin';

/**
 * Sign-in and sync, as the pages see them. Credentials live only in memory for the session of
 * the page; after a restart the officer unlocks with the password (checked locally when
 * offline), and work never waits for it: intake and the book run with sync locked.
 */

let engine: SyncEngine | null = null;
/** An upstream unit's device syncs through the liaison lane instead (issue 17). */
let liaison: LiaisonLane | null = null;
let uploader: MediaUploader | null = null;
/** The status lane: public statuses upstream once the records are pushed (issue 16). */
let publisher: StatusPublisher | null = null;

/** The records lane is caught up: only then do images go (issue 9). */
const recordsIdle = () => syncStatus.phase === 'idle' && syncStatus.pending === 0;

/** Wakes the media lane (after photos were added, or when the records caught up). */
export function kickMedia(): void {
	uploader?.kick();
}

/** The media lane's address and credentials, for the check before local copies are dropped. */
export function mediaUpstream(): { url: string; auth: string; fetch: typeof fetch } | null {
	if (!uploader) return null;
	return { url: uploader.url, auth: uploader.auth, fetch };
}

/** The unit's upstream for its photo fetches (issue 17), once signed in on a unit's device. */
let liaisonAccess: { base: string; auth: string; fetch: typeof fetch } | null = null;

/** Where and as whom an upstream unit's device reads the communes' photos; null until sign-in. */
export function liaisonUpstream(): { base: string; auth: string; fetch: typeof fetch } | null {
	return liaisonAccess;
}

/** The default upstream: the app's own origin under /couchdb (the embedded server, or a reverse
 * proxy in front of CouchDB). */
function sameOriginBase(): string {
	return `${location.origin}/couchdb`;
}

/** The upstream this device syncs with: the address typed at enrolment, or the default. */
export function remoteBase(): string {
	return getRuntime().device.upstream_url ?? sameOriginBase();
}

/** The address as the enrolment form shows it: blank when it is the default. */
export function upstreamSetting(): string {
	return getRuntime().device.upstream_url ?? '';
}

const now = () => new Date().toISOString();
const DOWNLOAD_KEY = 'sync.first-download';

function downloadStore(): DownloadStore {
	const { read } = getRuntime();
	return {
		load: async () => ((await read.meta.get(DOWNLOAD_KEY))?.value as DownloadCheckpoint) ?? null,
		save: async (c) => {
			await read.meta.put({ key: DOWNLOAD_KEY, value: c });
		}
	};
}

const sink: SyncSink = {
	phase: (p) => (syncStatus.phase = p),
	progress: (done, total) => (syncStatus.progress = { done, total }),
	caughtUp: (at, pending) => {
		syncStatus.lastSuccess = at;
		syncStatus.pending = pending;
		syncStatus.progress = null;
		uploader?.kick();
		publisher?.kick();
		void inheritSlotOnce();
	},
	pending: (count) => (syncStatus.pending = count),
	problem: (p) => (syncStatus.problem = p),
	denied: (docs) => {
		if (engine && docs.some((d) => isRevokedReason(d.reason))) void checkRevoked(engine.remote);
		syncStatus.denied += docs.length;
		const at = now();
		void getRuntime().read.problems.bulkPut(
			docs.map((d) => ({ id: d.id, reason: `denied: ${d.reason}`, seen_at: at }))
		);
	},
	transport: (stats) => {
		syncStatus.bytesSent = stats.bytesSent;
		syncStatus.bytesReceived = stats.bytesReceived;
		syncStatus.clockOffsetMs = stats.clockOffsetMs;
	}
};

let lastName: string | null = null;
/**
 * The password of this unlock, kept only until the officer sets (or declines) the PIN of the day,
 * and the sync credentials sealed under the data key while locked: the sync resumes after a PIN
 * unlock without the password ever sitting in memory in clear during the lock.
 */
let lastPassword: string | null = null;
let sealedCredentials: string | null = null;
let credentialsNow: Credentials | null = null;
let lastResult: LoginResult | null = null;

/** Puts the keys in memory; a new secret re-folds the read model so every row is sealed. */
async function openVault(keys: DataKeys, fresh: boolean): Promise<void> {
	vault.open(keys);
	if (fresh) await getRuntime().projector?.rebuild();
}

/**
 * The idle lock (issue 19): the keys leave memory, the sync stops, the lock screen covers every
 * personal field. Unlock with the password or the PIN of the day.
 */
export async function lockNow(): Promise<void> {
	if (vault.state !== 'open') return;
	const keys = vault.keys;
	if (keys && credentialsNow)
		sealedCredentials = await sealJson(keys.seal, credentialsNow, 'sync-credentials');
	credentialsNow = null;
	lastPassword = null;
	await stopLanes();
	vault.lock();
	syncStatus.phase = 'locked';
}

/** Sets the PIN of the day with the password of the unlock just made. */
export async function setPinOfDay(pin: string): Promise<boolean> {
	if (!lastPassword) return false;
	const ok = await setDayPin(getRuntime().journal, lastPassword, pin, now());
	if (ok) lastPassword = null;
	return ok;
}

/** Whether a PIN of the day can be set now: right after a password unlock, not after a PIN one. */
export function canSetPin(): boolean {
	return lastPassword !== null;
}

/** Forgets the password kept for the PIN offer (declined, or the form closed). */
export function declinePin(): void {
	lastPassword = null;
}

/** Unlocks with the PIN of the day; the sync resumes with the credentials sealed at the lock. */
export async function unlockPin(pin: string): Promise<PinResult> {
	const result = await unlockWithPin(getRuntime().journal, pin, now());
	if (!result.ok) return result;
	vault.open(result.keys);
	const sealed = sealedCredentials;
	sealedCredentials = null;
	const credentials = sealed
		? ((await openJson(result.keys.seal, sealed, 'sync-credentials')) as Credentials | undefined)
		: undefined;
	if (credentials && lastResult)
		await start(credentials, { ...lastResult, online: false } as LoginResult);
	return result;
}

/** At start-up: a device someone logged in on waits locked for the password. */
export async function initSync(): Promise<void> {
	const user = await lastUser(getRuntime().journal);
	lastName = user?.name ?? null;
	// A device someone signed in on holds sealed data: locked until the password (issue 19).
	vault.configure(user !== null);
	syncStatus.phase = user ? 'locked' : 'off';
	syncStatus.user = null;
}

/** The user name the unlock form offers. */
export function lastSyncUser(): string | null {
	return lastName;
}

export type SignInOutcome =
	| LoginResult
	| {
			readonly ok: false;
			readonly reason: 'no_free_slot' | 'not_couchdb' | 'unreachable' | 'revoked';
	  }
	| { readonly ok: false; readonly reason: 'invalid_upstream'; readonly error: DomainError };

/**
 * Logs in (online) or unlocks (offline), makes the device belong to the user's commune and
 * enrols it for a code slot when it has none, then starts syncing. `upstream` is the address
 * typed in the enrolment form (blank: the app's own origin); a new address is checked to be a
 * CouchDB before anything is sent to it, and kept only once the login there succeeded.
 */
export async function signIn(
	name: string,
	password: string,
	upstream?: string
): Promise<SignInOutcome> {
	const rt = getRuntime();
	let base = remoteBase();
	let chosen: string | null | undefined;
	if (upstream !== undefined) {
		const parsed = parseUpstreamUrl(upstream, location.origin);
		if (!parsed.ok) return { ok: false, reason: 'invalid_upstream', error: parsed.errors[0]! };
		chosen = parsed.value;
		base = chosen ?? sameOriginBase();
		if (chosen !== (rt.device.upstream_url ?? null)) {
			const probe = await probeUpstream(base, { name, password });
			if (probe !== 'couchdb') return { ok: false, reason: probe };
		}
	}
	const result = await login(rt.journal, base, name, password, now());
	if (!result.ok) return result;
	await openVault(result.keys, result.freshSecret);
	lastName = result.user.name;
	lastPassword = password;
	if (chosen !== undefined && result.online && chosen !== (rt.device.upstream_url ?? null)) {
		await saveUpstreamUrl(rt.journal, chosen);
		await reloadDevice();
	}
	const credentials: Credentials = { username: name, password };
	const unit = result.user.commune ? null : result.user.unit;
	if (unit && unit !== (rt.device.upstream_unit ?? null)) {
		await saveUpstreamUnit(rt.journal, { unit, officer: { id: name, name } });
		await reloadDevice();
	}
	const commune = result.user.commune;
	if (commune && commune !== rt.device.commune_code) {
		await saveDeviceSetup(rt.journal, {
			commune_code: commune,
			slot: null,
			officer: rt.device.officer ?? { id: name, name },
			now: now()
		});
		await reloadDevice();
	}
	return start(credentials, result);
}

/** The upstream unit's device: its inbox from every commune, its own events pushed back. */
async function startLiaison(credentials: Credentials, unit: string): Promise<void> {
	const rt = getRuntime();
	await liaison?.stop();
	if (!rt.commune) return;
	liaison = new LiaisonLane({
		local: rt.commune,
		remoteBase: remoteBase(),
		unit,
		communes: async () => (await communes()).map((c) => c.code),
		credentials,
		sink,
		now
	});
	liaisonAccess = {
		base: remoteBase(),
		auth: basicAuth(credentials),
		fetch: createTransport(liaison.stats)
	};
	syncStatus.user = credentials.username;
	// The catalog comes down as on a commune device (one pull per sign-in; it changes rarely).
	const remoteCatalog = new PouchDB(`${remoteBase()}/catalog`, {
		skip_setup: true,
		auth: credentials
	} as PouchDB.Configuration.RemoteDatabaseConfiguration);
	void rt.catalog.replicate.from(remoteCatalog).catch(() => undefined);
	liaison.start();
}

async function start(credentials: Credentials, result: LoginResult): Promise<SignInOutcome> {
	const rt = getRuntime();
	credentialsNow = credentials;
	lastResult = result;
	if (rt.device.upstream_unit) {
		engine?.stop();
		engine = null;
		await startLiaison(credentials, rt.device.upstream_unit);
		return result;
	}
	const commune = rt.device.commune_code;
	if (!commune || !rt.commune) return result;
	engine?.stop();
	await uploader?.stop();
	await publisher?.stop();
	engine = new SyncEngine({
		local: rt.commune,
		catalog: rt.catalog,
		remoteBase: remoteBase(),
		communeDb: `commune-${commune}`,
		credentials,
		download: downloadStore(),
		sink,
		now
	});
	uploader = new MediaUploader({
		journal: rt.journal,
		remoteBase: remoteBase(),
		communeDb: `commune-${commune}`,
		credentials,
		fetch: createTransport(engine.stats),
		sink: { media: (state) => (syncStatus.media = state) },
		recordsIdle,
		now
	});
	const statusKey = `sync.status-lane.${commune}`;
	publisher = new StatusPublisher({
		local: rt.commune,
		remoteBase: remoteBase(),
		communeDb: `commune-${commune}`,
		credentials,
		fetch: createTransport(engine.stats),
		unit: () => rt.read.units.get(commune),
		checkpoint: {
			load: async () => ((await rt.read.meta.get(statusKey))?.value as number | string) ?? null,
			save: async (seq) => {
				await rt.read.meta.put({ key: statusKey, value: seq });
			}
		},
		sink: { published: () => undefined, refused: (docs) => sink.denied(docs) }
	});
	syncStatus.user = credentials.username;
	// Issue 19: a revoked device learns it at its next contact, before it sends anything.
	if (await checkRevoked(engine.remote)) return { ok: false, reason: 'revoked' };
	if (rt.device.slot === null && result.ok && 'online' in result && result.online) {
		const enrolled = await enrolDevice(
			engine.remote,
			commune,
			rt.device.device_id,
			credentials.username,
			now()
		);
		if (enrolled.ok) {
			await saveDeviceSetup(rt.journal, {
				commune_code: commune,
				slot: enrolled.slot,
				officer: rt.device.officer ?? { id: credentials.username, name: credentials.username },
				now: now(),
				claim: { generation: enrolled.generation, firstDate: enrolled.firstDate }
			});
			await reloadDevice();
		} else if (enrolled.reason === 'no_free_slot') {
			return { ok: false, reason: 'no_free_slot' };
		}
	}
	unwatch?.();
	unwatch = watchRevocation(rt.commune, commune, rt.device.device_id, (notice) => {
		void applyRevocation(notice, syncStatus.pending, stopLanes);
	});
	void engine.start();
	return result;
}

/** Cancels the watch on this device's revocation document. */
let unwatch: (() => void) | null = null;

/** Wipes the device when upstream revoked it; true if it did. */
async function checkRevoked(remote: LocalDb): Promise<boolean> {
	const notice = await revocationOf(remote);
	if (!notice) return false;
	await applyRevocation(notice, syncStatus.pending, stopLanes);
	return true;
}

/** Stops every sync lane (sign-out, revocation). */
async function stopLanes(): Promise<void> {
	unwatch?.();
	unwatch = null;
	engine?.stop();
	engine = null;
	await liaison?.stop();
	liaison = null;
	await uploader?.stop();
	uploader = null;
	await publisher?.stop();
	publisher = null;
	liaisonAccess = null;
}

// Back on the network: skip the back-off wait and sync at once.
if (typeof window !== 'undefined') {
	window.addEventListener('online', () => void (engine?.syncNow() ?? liaison?.syncNow()));
}

/** "Đồng bộ ngay". */
export async function syncNow(): Promise<void> {
	await engine?.syncNow();
	await liaison?.syncNow();
}

export async function signOut(): Promise<void> {
	await stopLanes();
	credentialsNow = null;
	sealedCredentials = null;
	lastPassword = null;
	await logout(getRuntime().journal);
	// The secret's wrap went with the session row: what stays sealed cannot be opened here again.
	vault.lock();
	vault.configure(false);
	syncStatus.phase = 'off';
	syncStatus.user = null;
}
