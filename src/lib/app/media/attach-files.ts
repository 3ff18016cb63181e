import { checkDossierCap, DEFAULT_MEDIA_POLICY, type MediaPolicy } from '$lib/domain/media';
import { photoRows, type FileToStore } from '$lib/db/media';
import type { Runtime } from '$lib/db/runtime';
import { runCommand, type WriteResult } from '$lib/db/commit';

/** Adds files to a dossier already received, all or none, within the dossier's cap. */
export function attachFiles(
	rt: Runtime,
	code: string,
	files: readonly FileToStore[],
	now: string,
	policy: MediaPolicy = DEFAULT_MEDIA_POLICY
): Promise<WriteResult<{ ids: string[] }>> {
	return runCommand(rt, { now, dossier: code }, (ctx) => {
		const { state, device } = ctx;
		const cap = checkDossierCap(
			ctx.photoBytes,
			files.map((f) => f.bytes),
			policy
		);
		if (!cap.ok) return cap;
		const attach = { now, deviceId: device.device_id, officer: ctx.officer };
		const photos = photoRows(state.dossier, files, attach, ctx.db);
		return { ok: true, value: { value: { ids: photos.map((r) => r.id) }, docs: [], photos } };
	});
}
