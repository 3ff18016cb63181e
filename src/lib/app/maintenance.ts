import { backupText, restoreText } from '$lib/db/backup';
import { getRuntime } from '$lib/db/runtime';
import { translate } from '$lib/i18n';
import { locale } from '$lib/i18n/locale.svelte';

/** Backup, restore and repair, worded for the officer in the current language. */

const say = (key: Parameters<typeof translate>[0], params?: Record<string, string | number>) =>
	translate(key, params, locale.current);

/** Saves every record of this device's commune to a file the officer keeps (USB stick, …). */
export async function downloadBackup(): Promise<string> {
	const now = new Date().toISOString();
	const text = await backupText(getRuntime(), now);
	if (text === null) return say('maintenance.noCommune');
	const name = `motcua-${getRuntime().device.commune_code}-${now.slice(0, 10)}.json`;
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	return say('maintenance.backupDone', { name });
}

export async function restoreBackupFile(file: File): Promise<string> {
	const result = await restoreText(getRuntime(), await file.text());
	if (result.ok)
		return say('maintenance.restoreDone', { added: result.added, total: result.total });
	switch (result.failure.kind) {
		case 'checksum':
			return say('maintenance.restoreChecksum');
		case 'wrong_commune':
			return say('maintenance.restoreWrongCommune', { found: result.failure.found });
		case 'invalid_document':
			return say('maintenance.restoreInvalid', { id: result.failure.id });
		case 'no_commune':
			return say('maintenance.noCommune');
		default:
			return say('maintenance.restoreNotBackup');
	}
}

/** The repair action: fold every dossier again from the records of truth. */
export async function rebuildReadModel(): Promise<string> {
	const projector = getRuntime().projector;
	if (!projector) return say('maintenance.noCommune');
	const count = await projector.rebuild();
	return say('maintenance.rebuildDone', { count });
}
