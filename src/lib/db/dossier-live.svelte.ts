import { liveQuery } from 'dexie';
import type { DossierState } from '../domain/fold/state';
import { loadState } from './load-dossier';
import { getRuntime } from './runtime';

export interface LiveDossier {
	readonly state: DossierState | undefined;
	readonly loaded: boolean;
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
				void loadState(commune, c).then((s) => {
					if (cancelled) return;
					state = s;
					loaded = true;
				});
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
		}
	};
}
