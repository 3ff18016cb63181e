import { lockNow } from './sync';

/**
 * The idle lock (issue 19): after `minutes` without a key, a tap or a pointer move, the device
 * locks (`lockNow`: keys out of memory, lock screen over every personal field). The time is a
 * setting of this device (default 5 minutes), kept in localStorage: it is not personal data and
 * must be known before anything is unlocked.
 */
export const DEFAULT_IDLE_MINUTES = 5;
const KEY = 'motcua.idle-lock-minutes';
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export function idleMinutes(): number {
	const stored = Number(globalThis.localStorage?.getItem(KEY));
	return Number.isInteger(stored) && stored >= 1 && stored <= 120 ? stored : DEFAULT_IDLE_MINUTES;
}

/** Saves the idle time; false (nothing saved) unless a whole number of minutes from 1 to 120. */
export function setIdleMinutes(text: string): boolean {
	const n = Number(text.trim());
	if (!/^\d+$/.test(text.trim()) || n < 1 || n > 120) return false;
	localStorage.setItem(KEY, String(n));
	restart();
	return true;
}

let timer: ReturnType<typeof setTimeout> | null = null;
const restart = () => {
	if (timer) clearTimeout(timer);
	timer = setTimeout(() => void lockNow(), idleMinutes() * 60_000);
};

/** Starts watching for activity (once per page). */
export function watchIdle(): () => void {
	for (const e of ACTIVITY) window.addEventListener(e, restart, { passive: true });
	restart();
	return () => {
		for (const e of ACTIVITY) window.removeEventListener(e, restart);
		if (timer) clearTimeout(timer);
	};
}
