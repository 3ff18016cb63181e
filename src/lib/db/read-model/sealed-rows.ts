import Dexie from 'dexie';
import { hashTerm, openJson, sealJson, vault } from '$lib/crypto';
import type { DossierRow } from './tables';

/**
 * What the read model keeps of a person (issue 19). A book row holds in clear only what finds
 * and sorts a dossier without the secret — code, procedure, dates, status, the report summary —
 * and its name, address, phone and notes as one AES-GCM `sealed` string, opened only for the
 * rows a screen shows (at most a page). Its search terms are keyed hashes (HMAC-SHA-256 under
 * the device's search key) of every prefix of every accent-free term, so a search still finds a
 * word by equality on the same index shape, and the index says nothing to whoever lacks the key.
 * On a device nobody signed in on (no secret, `vault` state `none`) rows stay as they were.
 */

/** The longest prefix indexed; a longer query word is looked up by its first 16 characters. */
export const MAX_PREFIX = 16;

/** What a row seals: what names, locates or reaches a person, and the officer's free text. */
type Personal = Pick<
	DossierRow,
	'applicant_name' | 'applicant_address' | 'applicant_phone' | 'note'
>;

/** Every prefix (1 … 16 characters) of every term, once. */
export function prefixesOf(terms: readonly string[]): string[] {
	const out = new Set<string>();
	for (const t of terms)
		for (let i = 1; i <= Math.min(t.length, MAX_PREFIX); i++) out.add(t.slice(0, i));
	return [...out];
}

/** The index key of a query word or term prefix: its keyed hash, or itself on a plain device. */
export async function termKey(word: string): Promise<string> {
	const keys = vault.keysOrPlain();
	const prefix = word.slice(0, MAX_PREFIX);
	return keys ? hashTerm(keys.search, prefix) : prefix;
}

/** The row as stored: terms expanded to keyed prefixes, personal fields sealed. */
export async function sealRow(row: DossierRow): Promise<DossierRow> {
	const keys = vault.keysOrPlain();
	const prefixes = prefixesOf(row.terms);
	if (!keys) return { ...row, terms: prefixes };
	const personal: Personal = {
		applicant_name: row.applicant_name,
		applicant_address: row.applicant_address,
		applicant_phone: row.applicant_phone,
		note: row.note
	};
	const [terms, sealed] = await Promise.all([
		Promise.all(prefixes.map((p) => hashTerm(keys.search, p))),
		sealJson(keys.seal, personal, `row:${row.code}`)
	]);
	return {
		...row,
		applicant_name: '',
		applicant_address: '',
		applicant_phone: '',
		note: '',
		terms,
		sealed
	};
}

export const sealRows = (rows: readonly DossierRow[]): Promise<DossierRow[]> =>
	Promise.all(rows.map(sealRow));

/**
 * The row with its personal fields back, for a screen. Locked, or a row sealed under another
 * secret: the fields stay empty (the lock screen covers the page anyway). Crypto runs through
 * `Dexie.waitFor` so that a live query keeps observing what it read.
 */
export async function openRow(row: DossierRow): Promise<DossierRow> {
	if (row.sealed === undefined) return row;
	const keys = vault.keys;
	if (!keys) return row;
	const personal = (await Dexie.waitFor(openJson(keys.seal, row.sealed, `row:${row.code}`))) as
		Personal | undefined;
	return personal ? { ...row, ...personal } : row;
}

export const openRows = (rows: readonly DossierRow[]): Promise<DossierRow[]> =>
	Promise.all(rows.map(openRow));
