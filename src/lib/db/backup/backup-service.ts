import { vnDateOf } from '$lib/domain/calendar/vn-time';
import { DossierDoc } from '$lib/domain/schemas/dossier';
import { exportBackup, readBackup, restoreBackup, type RestoreFailure } from './backup-file';
import { reconcileNumbering } from '$lib/db/store';
import type { Runtime } from '$lib/db/runtime';

/** The backup of the running device's commune database, ready to save as a file. */
export async function backupText(rt: Runtime, now: string): Promise<string | null> {
	if (!rt.commune || !rt.device.commune_code) return null;
	return exportBackup(rt.commune, {
		deviceId: rt.device.device_id,
		communeCode: rt.device.commune_code,
		now
	});
}

export type RestoreResult =
	| { readonly ok: true; readonly added: number; readonly total: number }
	| { readonly ok: false; readonly failure: RestoreFailure | { kind: 'no_commune' } };

/** Checks then restores a backup file into the running device; safe to repeat. */
export async function restoreText(rt: Runtime, text: string): Promise<RestoreResult> {
	if (!rt.commune || !rt.device.commune_code) return { ok: false, failure: { kind: 'no_commune' } };
	const read = await readBackup(text, rt.device.commune_code);
	if (!read.ok) return read;
	const added = await restoreBackup(rt.commune, read.file);
	if (rt.device.slot !== null) {
		const dossiers = read.file.docs
			.map((d) => DossierDoc.safeParse(d))
			.flatMap((p) => (p.success ? [p.data] : []));
		await reconcileNumbering(rt.journal, dossiers, rt.device.slot, vnDateOf);
	}
	await rt.projector?.catchUp();
	return { ok: true, added, total: read.file.docs.length };
}
