import { liveQuery } from 'dexie';

export interface Live<T> {
	readonly value: T;
	readonly loaded: boolean;
	readonly error: unknown;
}

/** The reactive result both live helpers hand to components (`$state.raw`: never proxied). */
function liveResult<T>(initial: T) {
	let value = $state.raw<T>(initial);
	let loaded = $state(false);
	let error = $state.raw<unknown>(null);
	return {
		set(v: T) {
			value = v;
			loaded = true;
			error = null;
		},
		fail(e: unknown) {
			error = e;
		},
		view: {
			get value() {
				return value;
			},
			get loaded() {
				return loaded;
			},
			get error() {
				return error;
			}
		} satisfies Live<T>
	};
}

/**
 * Runs a read-model query and keeps its result current: Dexie's liveQuery re-runs it whenever a
 * table it read changes, in this tab or another (BroadcastChannel), whatever wrote it (this tab,
 * the projector following replication). Call during component initialisation. Dexie runs the
 * query outside Svelte's tracking, so a query that depends on runes (filters, a page number)
 * names them in `deps`: reading them here re-subscribes when they change. Results are
 * `$state.raw`: big lists are not proxied.
 */
export function live<T>(query: () => Promise<T>, initial: T, deps?: () => unknown): Live<T> {
	const result = liveResult(initial);
	$effect(() => {
		deps?.();
		const subscription = liveQuery(query).subscribe({
			next: (v) => result.set(v),
			error: (e: unknown) => result.fail(e)
		});
		return () => subscription.unsubscribe();
	});
	return result.view;
}

/**
 * Like `live`, for a query that reads thousands of rows through an index (a report's year):
 * Dexie's live query tracks the primary key of every row such a read returns, one tree insert
 * per row, which was most of a report's time. Here only `stamp` is observed (a cheap read that
 * any change to the rows re-runs, such as the projector's checkpoint) and `query` runs outside the
 * observation each time it fires; a late answer never replaces a newer one.
 */
export function liveBulk<T>(
	stamp: () => Promise<unknown>,
	query: () => Promise<T>,
	initial: T,
	deps?: () => unknown
): Live<T> {
	const result = liveResult(initial);
	$effect(() => {
		deps?.();
		let asked = 0;
		const subscription = liveQuery(stamp).subscribe({
			next: () => {
				const mine = ++asked;
				query().then(
					(v) => mine === asked && result.set(v),
					(e: unknown) => mine === asked && result.fail(e)
				);
			},
			error: (e: unknown) => result.fail(e)
		});
		return () => {
			asked = -1;
			subscription.unsubscribe();
		};
	});
	return result.view;
}
