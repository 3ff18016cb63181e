/**
 * Form drafts: a half-filled form saved on this device on every input, restored when the form
 * mounts again (after an update, a crash, a forced reload, a flat battery) and cleared once the
 * form is saved for real. Kept in localStorage because its writes are synchronous: the draft is
 * in place before the next event, where an IndexedDB write could still be pending when the tab
 * dies. Drafts are small text (never photos), far below localStorage's ~5 MB per origin.
 *
 * A draft holds a citizen's personal data on a shared office machine: forms must clear it on
 * save and on an explicit "Huỷ" (cancel), and never keep one longer than needed.
 */

/** The part of the Web Storage API a draft needs; `localStorage` satisfies it. */
export interface DraftStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	key(index: number): string | null;
	readonly length: number;
}

export interface RestoredDraft<T> {
	readonly data: T;
	/** ISO instant of the last save, to tell the officer how old the draft is. */
	readonly savedAt: string;
}

export type DraftSaveResult =
	{ readonly ok: true } | { readonly ok: false; readonly reason: 'quota' | 'unavailable' };

export interface FormDraft<T> {
	load(): RestoredDraft<T> | undefined;
	save(data: T): DraftSaveResult;
	clear(): void;
}

export interface DraftOptions<T> {
	/**
	 * Checks a stored draft (a zod schema's parse, typically). A draft is a trust boundary: it may
	 * come from an older version of the app whose form had another shape. Return undefined to
	 * refuse it; a refused draft is left in place, not deleted, until the form saves over it.
	 */
	parse: (raw: unknown) => T | undefined;
	/** Defaults to localStorage; null when there is none (then every call is a no-op). */
	storage?: DraftStorage | null;
	/** The clock, for tests. */
	now?: () => Date;
}

const PREFIX = 'motcua.draft.';
const VERSION = 1;

/** The storage key of a form's draft. */
export function draftKey(formId: string): string {
	return PREFIX + formId;
}

function defaultStorage(): DraftStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Reading localStorage throws SecurityError when the browser blocks site data.
		return null;
	}
}

/** Browsers throw a DOMException named QuotaExceededError (older Firefox: NS_ERROR_DOM_QUOTA_REACHED). */
function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, message } = error as { name?: unknown; message?: unknown };
	return (
		(typeof name === 'string' && /quota/i.test(name)) ||
		(typeof message === 'string' && /quota/i.test(message))
	);
}

/** The draft of one form, keyed by a stable form id (e.g. "intake" or "intake:<procedure>"). */
export function formDraft<T>(formId: string, options: DraftOptions<T>): FormDraft<T> {
	const key = draftKey(formId);
	const storage = options.storage === undefined ? defaultStorage() : options.storage;
	const now = options.now ?? (() => new Date());

	return {
		load() {
			const text = storage?.getItem(key);
			if (!text) return undefined;
			try {
				const envelope = JSON.parse(text) as { v?: unknown; savedAt?: unknown; data?: unknown };
				if (envelope.v !== VERSION || typeof envelope.savedAt !== 'string') return undefined;
				const data = options.parse(envelope.data);
				return data === undefined ? undefined : { data, savedAt: envelope.savedAt };
			} catch {
				return undefined;
			}
		},
		save(data) {
			if (!storage) return { ok: false, reason: 'unavailable' };
			try {
				storage.setItem(key, JSON.stringify({ v: VERSION, savedAt: now().toISOString(), data }));
				return { ok: true };
			} catch (error) {
				return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
			}
		},
		clear() {
			storage?.removeItem(key);
		}
	};
}

/** Every form id with a stored draft, e.g. to offer "Bản nháp chưa lưu" on the home page. */
export function listDrafts(storage: DraftStorage | null = defaultStorage()): string[] {
	if (!storage) return [];
	const ids: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
	}
	return ids.sort();
}

/** A Storage in memory: for tests, and for a form that must not touch the disk. */
export function memoryDraftStorage(): DraftStorage {
	const map = new Map<string, string>();
	return {
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, String(v)),
		removeItem: (k) => void map.delete(k),
		key: (i) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		}
	};
}
