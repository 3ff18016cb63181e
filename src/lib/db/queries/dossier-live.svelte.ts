import { liveQuery } from 'dexie';
import type { DossierState } from '$lib/domain/fold/state';
import { loadState } from '$lib/db/store';
import { getRuntime } from '$lib/db/runtime';

export interface LiveDossier {
	readonly state: DossierState | undefined;
	readonly loaded: boolean;
	/** The record store could not be read (a full disk at start-up): not the same as not found. */
	readonly unreadable: boolean;
}

/**
 * The full folded state of one dossier for its page, kept current: the Dexie row changes whenever
 * the projector folds a new event (from this tab, another tab or replication), and each change
 * re-folds the dossier from PouchDB, the record of truth. Call during component initialisation;
 * `code` is read reactively.
 */
export function liveDossier(code: () => string): LiveDossier {
	let state = $state.raw<DossierState | undefined>(undefined);
	let loaded = $state(false);
	let unreadable = $state(false);
	$effect(() => {
		const c = code();
		const { read, commune } = getRuntime();
		let cancelled = false;
		const subscription = liveQuery(() => read.dossiers.get(c)).subscribe({
			next: () => {
				if (!commune) {
					loaded = true;
					return;
				}
				loadState(commune, c).then(
					(s) => {
						if (cancelled) return;
						state = s;
						unreadable = false;
						loaded = true;
					},
					() => {
						if (cancelled) return;
						unreadable = true;
						loaded = true;
					}
				);
			}
		});
		return () => {
			cancelled = true;
			subscription.unsubscribe();
		};
	});
	return {
		get state() {
			return state;
		},
		get loaded() {
			return loaded;
		},
		get unreadable() {
			return unreadable;
		}
	};
}
