/**
 * How document photos are kept small (issue 9): the long edge after downscaling, the JPEG
 * quality, and the most one dossier's files may weigh on the device and on the link. A 12 MP
 * phone photo of an A4 page becomes ~1600×1200 at ~0.25–0.4 MB, legible for a certified copy.
 */
export interface MediaPolicy {
	readonly longEdge: number;
	readonly jpegQuality: number;
	readonly dossierCapBytes: number;
	/** A single file bigger than this is refused before any processing (a 50 MB PDF, a RAW). */
	readonly inputCapBytes: number;
}

export const DEFAULT_MEDIA_POLICY: MediaPolicy = {
	longEdge: 1600,
	jpegQuality: 0.8,
	dossierCapBytes: 5 * 1024 * 1024,
	inputCapBytes: 40 * 1024 * 1024
};

/** The size an image of `width`×`height` is drawn at: the long edge at most `longEdge`, never enlarged. */
export function fitLongEdge(
	width: number,
	height: number,
	longEdge: number
): { width: number; height: number } {
	const long = Math.max(width, height);
	if (long <= longEdge || long === 0) return { width, height };
	const scale = longEdge / long;
	return {
		width: Math.max(1, Math.round(width * scale)),
		height: Math.max(1, Math.round(height * scale))
	};
}
