import { untrack } from 'svelte';
/**
 * The new-version state the update prompt shows. A new version never takes over by itself: the
 * officer may be half-way through an intake with a citizen at the counter, so the page only
 * reloads after "Cập nhật ngay" (or a reload the officer makes).
 *
 * - `none`: nothing new.
 * - `waiting`: a new service worker is installed and waits; `accept()` activates it.
 * - `applying`: the officer accepted; the page reloads once the new worker controls it.
 * - `elsewhere`: another tab activated the new version; this tab still runs the old code, so
 *   `accept()` just reloads.
 */
export type UpdatePhase = 'none' | 'waiting' | 'applying' | 'elsewhere';

/**
 * If the new worker has not taken control this long after "Cập nhật ngay" (it went redundant,
 * or another tab replaced it), reload anyway: the officer already agreed to a reload, and a
 * reload picks up whatever version is current.
 */
const APPLY_TIMEOUT_MS = 10_000;

interface Hold {
	readonly reason: string;
	readonly flush: (() => void) | undefined;
}

export class UpdateState {
	phase = $state<UpdatePhase>('none');
	/** The officer chose "Để sau": the prompt shrinks to a header button, it never disappears. */
	deferred = $state(false);
	#holds = $state.raw<readonly Hold[]>([]);
	/** Something on screen holds unsaved input (an intake form): the prompt says it is kept. */
	readonly busy = $derived(this.#holds.length > 0);
	readonly visible = $derived(this.phase !== 'none' && !this.deferred);

	#activate: (() => void) | null = null;
	#fallback: ReturnType<typeof setTimeout> | undefined;
	readonly #reload: () => void;

	constructor(reload: () => void = () => window.location.reload()) {
		this.#reload = reload;
	}

	/** A new worker waits. `activate` asks it to take over (workbox-window messageSkipWaiting). */
	offer(activate: () => void): void {
		this.#activate = activate;
		if (this.phase === 'none' || this.phase === 'elsewhere') this.phase = 'waiting';
	}

	/** A new worker took control of this page (the `controlling` event of an update). */
	controlled(): void {
		if (this.phase === 'applying') {
			clearTimeout(this.#fallback);
			this.#reload();
		} else {
			this.phase = 'elsewhere';
		}
	}

	/** "Cập nhật ngay": flush every holder's draft, then switch to the new version. */
	accept(): void {
		for (const hold of this.#holds) hold.flush?.();
		if (this.phase === 'elsewhere') {
			this.#reload();
		} else if (this.phase === 'waiting' && this.#activate) {
			this.phase = 'applying';
			this.#activate();
			this.#fallback = setTimeout(() => this.#reload(), APPLY_TIMEOUT_MS);
		}
	}

	/** "Để sau". */
	later(): void {
		this.deferred = true;
	}

	/** Re-open the prompt from its header button. */
	reopen(): void {
		this.deferred = false;
	}

	/**
	 * Declares unsaved input on screen (e.g. an intake form with a draft). `flush` is called before
	 * an accepted update reloads, for a form that saves its draft lazily. Returns the release.
	 */
	hold(reason: string, flush?: () => void): () => void {
		const entry: Hold = { reason, flush };
		// Called from components' effects: reading the holds there would make the effect depend
		// on what it writes (an endless loop, Svelte's effect_update_depth_exceeded).
		this.#holds = [...untrack(() => this.#holds), entry];
		return () => {
			this.#holds = this.#holds.filter((h) => h !== entry);
		};
	}
}

/** The one update state of the app, driven by register.ts and shown by UpdatePrompt. */
export const update = new UpdateState();
