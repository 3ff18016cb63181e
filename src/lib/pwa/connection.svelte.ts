import { resolve } from '$app/paths';
import { storageLevel, type StorageLevel } from './storage-level';

/**
 * Storage fills slowly (a few KB per dossier), so a check every 5 minutes and at each change of
 * connection is enough; estimate() is cheap but not free on a 2 GB laptop.
 */
const STORAGE_CHECK_MS = 5 * 60 * 1000;

/**
 * navigator.onLine only knows the local link: a cable into a router whose uplink is down still
 * reads "online". A HEAD of a tiny file the service worker never caches, once a minute while the
 * tab is visible, costs ~300 bytes and tells whether our own server answers.
 */
const PROBE_MS = 60 * 1000;

/** Whether the app shell is cached for offline use (set by register.ts). */
export type ShellState = 'unknown' | 'ready' | 'failed';

/** True when the server answered at all (any status): only a network failure means offline. */
async function serverAnswers(): Promise<boolean> {
	try {
		// SvelteKit's version file: left out of the precache on purpose (scripts/build-sw.js).
		await fetch(`${resolve('/')}_app/version.json`, { method: 'HEAD', cache: 'no-store' });
		return true;
	} catch {
		return false;
	}
}

/**
 * What the header indicator shows: whether the network (and our server) can be reached, how
 * full this origin's storage is, whether the browser promised to keep it, and whether the
 * offline shell is in place. The sync status, not this, says whether upstream CouchDB answers.
 */
export class ConnectionState {
	#linkUp = $state(true);
	#reachable = $state<boolean | undefined>(undefined);
	readonly online = $derived(this.#linkUp && this.#reachable !== false);
	storage = $state.raw<StorageLevel | undefined>(undefined);
	persisted = $state<boolean | undefined>(undefined);
	shell = $state<ShellState>('unknown');

	/** Starts watching; returns the stop function (for onMount). */
	start(): () => void {
		const check = () => {
			void this.#probe();
			void this.refreshStorage();
		};
		const onVisible = () => {
			if (document.visibilityState === 'visible') void this.#probe();
		};
		window.addEventListener('online', check);
		window.addEventListener('offline', check);
		document.addEventListener('visibilitychange', onVisible);
		const probeTimer = setInterval(onVisible, PROBE_MS);
		const storageTimer = setInterval(() => void this.refreshStorage(), STORAGE_CHECK_MS);
		check();
		void this.#requestPersistence();
		return () => {
			window.removeEventListener('online', check);
			window.removeEventListener('offline', check);
			document.removeEventListener('visibilitychange', onVisible);
			clearInterval(probeTimer);
			clearInterval(storageTimer);
		};
	}

	async #probe(): Promise<void> {
		this.#linkUp = navigator.onLine;
		this.#reachable = this.#linkUp ? await serverAnswers() : false;
	}

	async refreshStorage(): Promise<void> {
		if (!navigator.storage?.estimate) return;
		try {
			const { usage, quota } = await navigator.storage.estimate();
			this.storage = storageLevel(usage, quota);
		} catch {
			// estimate() can reject in odd profiles; an unknown level shows nothing, not an error.
			this.storage = undefined;
		}
	}

	/**
	 * Without persistence Chromium may evict the whole origin (every unsynced dossier) under disk
	 * pressure. Chromium grants it silently to installed or often-used sites, no dialog.
	 */
	async #requestPersistence(): Promise<void> {
		if (!navigator.storage?.persisted) return;
		try {
			this.persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
		} catch {
			this.persisted = undefined;
		}
	}
}

/** The one connection state of the app, shown by ConnectionIndicator. */
export const connection = new ConnectionState();
