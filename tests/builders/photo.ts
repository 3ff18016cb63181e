import type { FileToStore } from '$lib/db/media/photo-rows';

/** A prepared (already downscaled) JPEG of `bytes` bytes for document `doc_id`; content varies by `seed`. */
export function preparedPhoto(doc_id = 'to_khai', bytes = 300_000, seed = 1): FileToStore {
	const data = new Uint8Array(bytes);
	for (let i = 0; i < bytes; i += 1) data[i] = (i * 31 + seed * 7) & 0xff;
	data[0] = 0xff;
	data[1] = 0xd8;
	return {
		doc_id,
		content_type: 'image/jpeg',
		bytes,
		width: 1600,
		height: 1200,
		blob: new Blob([data], { type: 'image/jpeg' })
	};
}
