import { fitLongEdge, type MediaPolicy } from '$lib/domain/media/policy';
import type { AttachmentContentType } from '$lib/domain/schemas/attachment';

export interface Downscaled {
	readonly blob: Blob;
	readonly content_type: AttachmentContentType;
	readonly width: number;
	readonly height: number;
}

/**
 * Makes a phone photo or a scan small before it is stored: images are decoded (EXIF orientation
 * applied), drawn with the long edge at most `policy.longEdge` and encoded as JPEG at
 * `policy.jpegQuality`; PDFs are kept as they are. Uses the browser's own decoder and encoder
 * (createImageBitmap, OffscreenCanvas), so no library is needed and old phones use their
 * hardware decoders. Throws on a file the browser cannot decode.
 */
export async function downscale(file: Blob, policy: MediaPolicy): Promise<Downscaled> {
	if (file.type === 'application/pdf') {
		return { blob: file, content_type: 'application/pdf', width: 0, height: 0 };
	}
	const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	try {
		const size = fitLongEdge(bitmap.width, bitmap.height, policy.longEdge);
		const blob = await encode(bitmap, size.width, size.height, policy.jpegQuality);
		return { blob, content_type: 'image/jpeg', width: size.width, height: size.height };
	} finally {
		bitmap.close();
	}
}

async function encode(
	bitmap: ImageBitmap,
	width: number,
	height: number,
	quality: number
): Promise<Blob> {
	if (typeof OffscreenCanvas !== 'undefined') {
		const canvas = new OffscreenCanvas(width, height);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2d context');
		draw(ctx, bitmap, width, height);
		return canvas.convertToBlob({ type: 'image/jpeg', quality });
	}
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2d context');
	draw(ctx, bitmap, width, height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(b) => (b ? resolve(b) : reject(new Error('encode failed'))),
			'image/jpeg',
			quality
		)
	);
}

function draw(
	ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
	bitmap: ImageBitmap,
	width: number,
	height: number
) {
	// JPEG has no transparency: a scanned PNG with an alpha channel gets a white page.
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, width, height);
	ctx.imageSmoothingEnabled = true;
	ctx.imageSmoothingQuality = 'high';
	ctx.drawImage(bitmap, 0, 0, width, height);
}
