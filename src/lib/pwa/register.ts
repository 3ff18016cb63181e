import { Workbox } from 'workbox-window';
import { dev } from '$app/environment';
import { resolve } from '$app/paths';
import { connection } from './connection.svelte';
import { update } from './update.svelte';

/**
 * The browser itself only looks for a new sw.js on navigations, and an officer may keep one tab
 * open for days without navigating away from the SPA. Checking every 30 min costs one small
 * request (sw.js is served with Cache-Control: no-cache) and only when online.
 */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

/**
 * Registers build/sw.js (made by scripts/build-sw.js) and feeds its lifecycle to `update`.
 * Production builds only: `vite dev` has no sw.js, and a worker there would serve stale code.
 * Returns a stop function (for symmetry with onMount; the worker itself stays registered).
 */
export function registerServiceWorker(): () => void {
	if (dev || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};

	const wb = new Workbox(`${resolve('/')}sw.js`, { scope: resolve('/') });
	// `waiting` also fires for a worker that was already waiting when this page loaded (the
	// officer chose "Để sau" yesterday), and for one installed by another tab.
	wb.addEventListener('waiting', () => update.offer(() => wb.messageSkipWaiting()));
	// The first controllerchange of a page that loaded uncontrolled (the first visit, taken by
	// clientsClaim) is not a new version. workbox-window's `isUpdate` can't tell: it is fixed at
	// registration, so a first-visit page that later gets an update would be missed.
	let controlled = Boolean(navigator.serviceWorker.controller);
	wb.addEventListener('controlling', () => {
		if (controlled) update.controlled();
		controlled = true;
	});

	const check = () => {
		if (navigator.onLine) wb.update().catch(() => {});
	};
	const timer = setInterval(check, UPDATE_CHECK_MS);
	// The link just came back after hours or days offline: the likeliest moment for news.
	window.addEventListener('online', check);

	// The shell is offline-ready once a worker controls this page (at once after the first
	// visit's install, thanks to clientsClaim). A failed registration (quota, a blocked sw.js)
	// leaves the app online-only, which the officer must know before pulling the cable.
	wb.controlling.then(() => (connection.shell = 'ready')).catch(() => {});
	wb.register().catch(() => (connection.shell = 'failed'));

	return () => {
		clearInterval(timer);
		window.removeEventListener('online', check);
	};
}
