import { dropFiles } from '$lib/db/media';
import { attachFiles } from './attach-files';
import type { FileToStore } from '$lib/db/media';
import { mediaUsage } from '$lib/db/media';
import { getRuntime } from '$lib/db/runtime';
import type { WriteResult } from '$lib/db/commit';
import { checkInputFile, type MediaPolicy } from '$lib/domain/media';
import { mediaPolicy } from './policy';
import { domainError, type Result } from '$lib/domain/errors';
import { downscale } from './downscale';
import { confirmedUpstream } from '$lib/sync/media-upload';
import { kickMedia, mediaUpstream } from '$lib/app/sync';

export type { FileToStore };

/**
 * Turns a picked or photographed file into what is stored: checked, then downscaled on the
 * device. Nothing is stored yet; a failure is a Vietnamese message for the document's field.
 */
export async function preparePhoto(
	file: File,
	docId: string,
	field: string,
	policy: MediaPolicy = mediaPolicy()
): Promise<Result<FileToStore>> {
	const allowed = checkInputFile(file.size, file.type, policy, field);
	if (!allowed.ok) return allowed;
	try {
		const small = await downscale(file, policy);
		return {
			ok: true,
			value: {
				doc_id: docId,
				content_type: small.content_type,
				bytes: small.blob.size,
				width: small.width,
				height: small.height,
				blob: small.blob
			}
		};
	} catch {
		return { ok: false, errors: [domainError('error.photo_unreadable', field)] };
	}
}

/** Adds photos to a dossier already received (all or none), then wakes the upload lane. */
export async function addPhotos(
	code: string,
	files: readonly FileToStore[]
): Promise<WriteResult<{ ids: string[] }>> {
	const result = await attachFiles(
		getRuntime(),
		code,
		files,
		new Date().toISOString(),
		mediaPolicy()
	);
	if (result.ok) kickMedia();
	return result;
}

export type FreeOutcome =
	| { readonly ok: true; readonly count: number; readonly bytes: number }
	| { readonly ok: false; readonly reason: 'offline' };

/**
 * Frees space on a phone: the local files of closed dossiers whose images upstream holds, each
 * confirmed upstream (same size) just before, and on an upstream unit's device the photos it
 * fetched for closed dossiers. The records and upstream are untouched.
 */
export async function freeOldPhotos(): Promise<FreeOutcome> {
	const { journal, read } = getRuntime();
	const usage = await mediaUsage(journal, async (codes) => {
		const rows = await read.dossiers.bulkGet(codes);
		return new Set(rows.filter((r) => r && r.open === 0).map((r) => r?.code ?? ''));
	});
	// Copies fetched from upstream (an upstream unit's device, issue 17) need no confirmation.
	const copies = usage.droppable.filter((d) => d.copy).map((d) => d.id);
	const own = usage.droppable.filter((d) => !d.copy);
	const upstream = mediaUpstream();
	if (!upstream && copies.length === 0) return { ok: false, reason: 'offline' };
	const confirmed = upstream
		? await confirmedUpstream(upstream.fetch, upstream.url, upstream.auth, own)
		: new Set<string>();
	const ids = [...copies, ...own.filter((d) => confirmed.has(d.id)).map((d) => d.id)];
	const bytes = await dropFiles(journal, ids);
	return { ok: true, count: ids.length, bytes };
}
