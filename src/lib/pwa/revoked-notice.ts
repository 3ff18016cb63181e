/**
 * What a revoked device keeps after wiping itself (issue 19): only the fact, shown once to the
 * next person who opens the app, never any record. Web storage of the origin is cleared (form
 * drafts hold citizens' data) and data caches are dropped; the precached app shell stays, so the
 * app still opens, offline too, and can be enrolled again.
 */

const KEY = 'motcua.revoked';

export interface RevokedNotice {
	readonly revoked_at: string;
	readonly wiped_at: string;
	/** Local changes not yet upstream when the device was wiped (refused upstream anyway). */
	readonly unsent: number;
}

/** Clears localStorage and sessionStorage, then leaves the notice. */
export function clearStorageLeavingNotice(notice: RevokedNotice): void {
	try {
		localStorage.clear();
		sessionStorage.clear();
		localStorage.setItem(KEY, JSON.stringify(notice));
	} catch {
		// Storage disabled: nothing was kept there either.
	}
}

/** Cache Storage other than the service worker's precache of the app shell. */
export async function dropDataCaches(): Promise<void> {
	if (typeof caches === 'undefined') return;
	const names = await caches.keys();
	await Promise.all(names.filter((n) => !n.includes('precache')).map((n) => caches.delete(n)));
}

export function readRevokedNotice(): RevokedNotice | null {
	try {
		const text = localStorage.getItem(KEY);
		return text ? (JSON.parse(text) as RevokedNotice) : null;
	} catch {
		return null;
	}
}

export function dismissRevokedNotice(): void {
	try {
		localStorage.removeItem(KEY);
	} catch {
		// nothing to remove
	}
}
