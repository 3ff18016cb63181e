import type { DataKeys } from './data-keys';

/**
 * Where the device's working keys live while it is unlocked: in this page's memory, nowhere
 * else. `none`: nobody ever signed in on this device, so there is no secret and records are
 * stored as they come (a device set up by hand for a demo); `locked`: a secret exists and the
 * keys are not in memory (start-up, idle lock); `open`: unlocked.
 */
export type VaultState = 'none' | 'locked' | 'open';

/** A write or read of sealed data while the device is locked: refused, nothing half-stored. */
export class LockedError extends Error {
	constructor() {
		super('MotCua is locked: the data key is not in memory');
		this.name = 'LockedError';
	}
}

class Vault {
	#keys: DataKeys | null = null;
	#configured = false;
	#listeners = new Set<(state: VaultState) => void>();

	get state(): VaultState {
		if (this.#keys) return 'open';
		return this.#configured ? 'locked' : 'none';
	}

	/** The keys, or null on a device with no secret; throws `LockedError` when locked. */
	keysOrPlain(): DataKeys | null {
		if (this.#keys) return this.#keys;
		if (this.#configured) throw new LockedError();
		return null;
	}

	/** The keys when unlocked, else null (never throws). */
	get keys(): DataKeys | null {
		return this.#keys;
	}

	/** Whether a secret exists on this device (a session row with a wrap). */
	configure(configured: boolean): void {
		this.#configured = configured;
		this.#emit();
	}

	open(keys: DataKeys): void {
		this.#keys = keys;
		this.#configured = true;
		this.#emit();
	}

	/** Drops the keys from memory (idle lock, sign-out). */
	lock(): void {
		this.#keys = null;
		this.#emit();
	}

	onChange(listener: (state: VaultState) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#emit() {
		for (const l of this.#listeners) l(this.state);
	}
}

export const vault = new Vault();
