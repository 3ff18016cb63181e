import Dexie, { type Table } from 'dexie';
import type { WrappedSecret } from '$lib/crypto';

/**
 * The intake journal: the first place a new dossier or event lands, committed with strict
 * durability. Chromium commits IndexedDB with relaxed durability by default since version 121, so
 * a power cut right after a "saved" PouchDB write can lose it; PouchDB offers no durability
 * option. A receipt is printed only after the journal commit, and at start-up every entry whose
 * documents PouchDB does not hold is replayed into it.
 *
 * The journal also holds the code and book counters, so that minting a code and journalling the
 * dossier that carries it are one IndexedDB transaction: two tabs can never take the same number,
 * and a crash can never burn a number without its dossier or store a dossier without its number.
 */

export interface JournalEntry {
	/** The `_id` of the first document (the dossier for an intake, the event otherwise). */
	readonly id: string;
	/** The PouchDB database the documents belong to (`commune-<code>`). */
	readonly db: string;
	/** The documents to write to PouchDB, in order, as plain JSON. */
	readonly docs: readonly Record<string, unknown>[];
	readonly written_at: string;
	/** 0 until PouchDB holds every document, then 1 (an index on booleans is not allowed). */
	applied: 0 | 1;
}

export interface Counter {
	/** `seq:<agency>:<YYMMDD>:<slot>` for dossier codes, `book:<year>:<volume>` for book entries. */
	readonly key: string;
	readonly value: unknown;
}

/** This device's identity and enrolment (one row, key `device`). */
export interface DeviceRow {
	readonly key: 'device';
	readonly device_id: string;
	readonly commune_code: string | null;
	/** The slot upstream gave this device (0–9), or null: no slot, no dossier codes. */
	readonly slot: number | null;
	readonly officer: { readonly id: string; readonly name: string } | null;
	readonly enrolled_at: string | null;
	/** The upstream CouchDB root typed at enrolment (validated by parseUpstreamUrl), or absent /
	 * null: the app's own origin under /couchdb. Rows written before issue 14 have none. */
	readonly upstream_url?: string | null;
	/** The upstream unit (`agency:<code>` in the catalog) this device works for, issue 17: its
	 * records are the dossiers transferred to that unit (`liaison-<code>`), not a commune's. */
	readonly upstream_unit?: string | null;
	/** Issue 19: the generation of the slot claim (0 or absent: the slot's first holder) and, for
	 * a freed slot claimed again, the first Vietnam receipt date it mints codes for. */
	readonly slot_generation?: number;
	readonly slot_first_date?: string | null;
}

/**
 * Who last logged in on this device, for the local unlock: a PBKDF2 verifier of the password,
 * never the password itself (one row, key `session`).
 */
export interface SessionRow {
	readonly key: 'session';
	readonly name: string;
	readonly roles: readonly string[];
	readonly salt: string;
	readonly iterations: number;
	readonly verifier: string;
	readonly logged_in_at: string;
	/** The device secret wrapped by this officer's password (issue 19); rows written before
	 * have none and get one at the next sign-in. */
	readonly key_wrap?: WrappedSecret;
	/** The same secret wrapped by the PIN of the day, until `valid_until` (ISO). */
	readonly pin_wrap?: WrappedSecret & { readonly valid_until: string };
	/** Wrong passwords or PINs in a row, and not before when the next try is let through. */
	readonly failures?: { readonly count: number; readonly wait_until?: string };
}

/**
 * A document photo or scan (issue 9): the device's record of truth for the file until upstream
 * holds it. Written in the same strict transaction as the intake it came with (or on its own when
 * added later), uploaded by the media lane of the sync after the records, and its `blob` may be
 * dropped once upstream confirms it and the dossier is closed (`state: 'dropped'`).
 */
export interface PhotoRow {
	/** The attachment document's `_id`. */
	readonly id: string;
	readonly db: string;
	readonly dossier_code: string;
	/** The attachment document as it goes upstream, without the file. */
	readonly doc: Record<string, unknown>;
	readonly bytes: number;
	readonly content_type: string;
	blob: Blob | null;
	/** `fetched`: an upstream unit's copy of a commune's photo (issue 17), never uploaded. */
	state: 'pending' | 'uploaded' | 'dropped' | 'fetched';
	/** The blob holds AES-GCM bytes of the file (issue 19, `sealed-photos.ts`). */
	readonly sealed?: boolean;
	readonly created_at: string;
	uploaded_at: string | null;
	tries: number;
	/** Not before this instant (ISO) after a failed upload; '' when due now. */
	next_try_at: string;
	last_error: string | null;
}

export class JournalDb extends Dexie {
	entries!: Table<JournalEntry, string>;
	counters!: Table<Counter, string>;
	device!: Table<DeviceRow, string>;
	session!: Table<SessionRow, string>;
	photos!: Table<PhotoRow, string>;

	constructor(name = 'motcua-journal') {
		super(name, { chromeTransactionDurability: 'strict' });
		// Versions are only ever appended: an old laptop may open this with any earlier schema.
		this.version(1).stores({
			entries: 'id, applied, db',
			counters: 'key',
			device: 'key',
			session: 'key'
		});
		this.version(2).stores({ photos: 'id, dossier_code, [state+next_try_at], created_at' });
	}
}

export function openJournal(): JournalDb {
	return new JournalDb();
}
