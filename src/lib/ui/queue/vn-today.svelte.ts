import { vnDateOf } from '$lib/domain/calendar/vn-time';

/**
 * Today's Vietnam date, kept current: a TV or ticket screen left on overnight moves to the new
 * day's queue by itself (numbers restart each day). Call during component initialisation.
 */
const nowIso = () => new Date(Date.now()).toISOString();

export function vnToday(): { readonly date: string } {
	let date = $state(vnDateOf(nowIso()));
	$effect(() => {
		const timer = setInterval(() => (date = vnDateOf(nowIso())), 30_000);
		return () => clearInterval(timer);
	});
	return {
		get date() {
			return date;
		}
	};
}
