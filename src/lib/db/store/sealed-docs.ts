import { LockedError, openJson, sealJson, vault } from '$lib/crypto';

/**
 * A record as the device stores it (issue 19): its id, revision and PouchDB's own fields stay
 * readable, everything else — the applicant's name, ID number, phone, address, e-mail, notes,
 * reasons, every other field — is one AES-GCM `sealed` string bound to the document's id.
 * Sealing the whole body, not a list of fields, means a field added later can never leak.
 * The ids (`dossier:<code>`, `event:<code>:…`) carry no personal data, so the projector and
 * the range reads still work on them.
 */
const POUCH_FIELDS = new Set([
	'_id',
	'_rev',
	'_deleted',
	'_revisions',
	'_attachments',
	'_conflicts',
	'_revs_info',
	'_local_seq'
]);
export const SEALED_FIELD = 'sealed';

type Doc = Record<string, unknown>;

function split(doc: Doc): { pouch: Doc; body: Doc } {
	const pouch: Doc = {};
	const body: Doc = {};
	for (const [k, v] of Object.entries(doc)) (POUCH_FIELDS.has(k) ? pouch : body)[k] = v;
	return { pouch, body };
}

const untouched = (doc: Doc) =>
	typeof doc._id !== 'string' || doc._id.startsWith('_local/') || SEALED_FIELD in doc;

/** The stored form of `doc`: sealed with the device key, or as it is on a device with none. */
export async function sealDoc<T extends Doc>(doc: T): Promise<T> {
	if (untouched(doc)) return doc;
	const { pouch, body } = split(doc);
	if (Object.keys(body).length === 0) return doc;
	const keys = vault.keysOrPlain();
	if (!keys) return doc;
	return {
		...pouch,
		[SEALED_FIELD]: await sealJson(keys.seal, body, String(doc._id))
	} as unknown as T;
}

/**
 * The plain form of a stored document. A document that does not open (another device's key
 * after a wipe, a damaged write) comes back as stored: the schemas refuse it and the projector
 * lists it among the skipped documents instead of failing.
 */
export async function openDoc<T>(doc: T): Promise<T> {
	if (!doc || typeof doc !== 'object') return doc;
	const stored = doc as Doc;
	const sealed = stored[SEALED_FIELD];
	if (typeof sealed !== 'string') return doc;
	const keys = vault.keys;
	if (!keys) throw new LockedError();
	const body = await openJson(keys.seal, sealed, String(stored._id));
	if (!body || typeof body !== 'object') return doc;
	const { pouch } = split(stored);
	return { ...(body as Doc), ...pouch } as T;
}

export const sealDocs = <T extends Doc>(docs: readonly T[]): Promise<T[]> =>
	Promise.all(docs.map((d) => sealDoc(d)));
