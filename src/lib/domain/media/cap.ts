import { domainError, fail, ok, type Result } from '$lib/domain/errors';
import type { MediaPolicy } from './policy';

/**
 * Whether files of `adding` bytes may join a dossier that already holds `existing` bytes: over
 * the cap, the new files are refused as a whole with a message naming the sizes, and nothing is
 * stored.
 */
export function checkDossierCap(
	existing: readonly number[],
	adding: readonly number[],
	policy: MediaPolicy,
	field = 'photos'
): Result<{ total: number }> {
	const total = [...existing, ...adding].reduce((a, b) => a + b, 0);
	if (total > policy.dossierCapBytes) {
		return fail(
			domainError('error.photos_over_cap', field, {
				total: megabytes(total),
				cap: megabytes(policy.dossierCapBytes)
			})
		);
	}
	return ok({ total });
}

/** Whether one picked file may be processed at all. */
export function checkInputFile(
	bytes: number,
	contentType: string,
	policy: MediaPolicy,
	field = 'photos'
): Result<true> {
	if (!/^image\/(jpeg|png|webp|heic|heif|gif|bmp)$|^application\/pdf$/.test(contentType)) {
		return fail(domainError('error.photo_type', field));
	}
	if (bytes > policy.inputCapBytes) {
		return fail(
			domainError('error.photo_input_too_big', field, { cap: megabytes(policy.inputCapBytes) })
		);
	}
	return ok(true);
}

/** Bytes as megabytes with one decimal and a Vietnamese decimal comma: "5,0". */
export function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');
}
