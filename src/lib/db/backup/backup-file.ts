import { z } from 'zod';
import { DossierDoc } from '$lib/domain/schemas/dossier';
import { EventDoc } from '$lib/domain/schemas/events';
import { CallDoc, TicketDoc } from '$lib/domain/schemas/queue';
import type { LocalDb } from '$lib/db/store';

/**
 * Backup of a device's records to one file, and restore into an empty (or any) device.
 * Only PouchDB documents go in: the read model is rebuilt from them. Documents keep their
 * revisions and are written back with `new_edits: false`, so importing the same file twice
 * changes nothing, and a restored device replicates with upstream as if it had never left.
 */

export const BACKUP_FORMAT = 'motcua-backup';

const StoredDoc = z.looseObject({ _id: z.string().min(1), _rev: z.string().min(3) });

export const BackupFile = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.literal(1),
	created_at: z.string(),
	device_id: z.string(),
	commune_code: z.string(),
	database: z.string().min(1),
	docs: z.array(StoredDoc),
	/** SHA-256 (hex) of the JSON of `docs`: a damaged or edited file is refused. */
	checksum: z.string().regex(/^[0-9a-f]{64}$/)
});
export type BackupFile = z.infer<typeof BackupFile>;

export type RestoreFailure =
	| { readonly kind: 'not_a_backup' }
	| { readonly kind: 'checksum' }
	| { readonly kind: 'wrong_commune'; readonly expected: string; readonly found: string }
	| { readonly kind: 'invalid_document'; readonly id: string };

async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Everything in the commune database, as the text of a backup file. */
export async function exportBackup(
	local: LocalDb,
	meta: { deviceId: string; communeCode: string; now: string }
): Promise<string> {
	const all = await local.allDocs({ include_docs: true, attachments: true });
	const docs = all.rows
		.map((r) => r.doc)
		.filter((d): d is NonNullable<typeof d> => d !== undefined && !d._id.startsWith('_design/'));
	const file: BackupFile = {
		format: BACKUP_FORMAT,
		version: 1,
		created_at: meta.now,
		device_id: meta.deviceId,
		commune_code: meta.communeCode,
		database: local.name,
		docs: docs as BackupFile['docs'],
		checksum: await sha256Hex(JSON.stringify(docs))
	};
	return JSON.stringify(file);
}

/** Checks a backup's text completely before anything is written: all or nothing. */
export async function readBackup(
	text: string,
	communeCode: string
): Promise<{ ok: true; file: BackupFile } | { ok: false; failure: RestoreFailure }> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, failure: { kind: 'not_a_backup' } };
	}
	const parsed = BackupFile.safeParse(raw);
	if (!parsed.success) return { ok: false, failure: { kind: 'not_a_backup' } };
	const file = parsed.data;
	// The checksum covers the documents exactly as written (zod may reorder their keys).
	const rawDocs = (raw as { docs: unknown }).docs;
	if ((await sha256Hex(JSON.stringify(rawDocs))) !== file.checksum) {
		return { ok: false, failure: { kind: 'checksum' } };
	}
	if (file.commune_code !== communeCode) {
		return {
			ok: false,
			failure: { kind: 'wrong_commune', expected: communeCode, found: file.commune_code }
		};
	}
	for (const doc of file.docs) {
		const schema = doc._id.startsWith('dossier:')
			? DossierDoc
			: doc._id.startsWith('event:')
				? EventDoc
				: doc._id.startsWith('ticket:')
					? TicketDoc
					: doc._id.startsWith('call:')
						? CallDoc
						: undefined;
		if (schema && !schema.safeParse(doc).success) {
			return { ok: false, failure: { kind: 'invalid_document', id: doc._id } };
		}
	}
	return { ok: true, file };
}

/** Writes a checked backup's documents, keeping their revisions; returns how many were new. */
export async function restoreBackup(local: LocalDb, file: BackupFile): Promise<number> {
	const before = (await local.info()).doc_count;
	const BATCH = 500;
	for (let i = 0; i < file.docs.length; i += BATCH) {
		await local.bulkDocs(file.docs.slice(i, i + BATCH) as PouchDB.Core.PutDocument<object>[], {
			new_edits: false
		});
	}
	return (await local.info()).doc_count - before;
}
