import { z } from 'zod';
import { DeviceId, IsoInstant, Text } from './common';
import { Officer } from './dossier';

/** What a document photo or scan may be: JPEG after downscaling, PNG kept as is, or a PDF scan. */
export const AttachmentContentType = z.enum(['image/jpeg', 'image/png', 'application/pdf']);
export type AttachmentContentType = z.infer<typeof AttachmentContentType>;

/**
 * A photo or scan of one submitted document, as its own write-once document in the commune
 * database (`attachment:<dossier code>:<doc id>:<device>:<n>`), with the file as its single
 * CouchDB attachment named `file`. Never inline in a dossier or event document: records replicate
 * first and stay small, images follow when the link allows (issue 9).
 */
export const AttachmentDoc = z
	.object({
		_id: z.string().startsWith('attachment:'),
		_rev: z.string().optional(),
		type: z.literal('attachment'),
		dossier_code: z.string().min(1).max(60),
		/** The `documents_received[].doc_id` the image shows. */
		doc_id: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/),
		doc_name: Text(300),
		content_type: AttachmentContentType,
		/** Bytes of the stored file (after downscaling). */
		bytes: z.number().int().positive(),
		/** Pixel size after downscaling; 0 for a PDF. */
		width: z.number().int().nonnegative(),
		height: z.number().int().nonnegative(),
		created_at: IsoInstant,
		device_id: DeviceId,
		officer: Officer
	})
	.superRefine((d, ctx) => {
		if (!d._id.startsWith(`attachment:${d.dossier_code}:${d.doc_id}:`)) {
			ctx.addIssue({
				code: 'custom',
				path: ['_id'],
				message: '_id',
				params: { messageKey: 'error.doc_id', expected: `attachment:${d.dossier_code}:…` }
			});
		}
	});
export type AttachmentDoc = z.infer<typeof AttachmentDoc>;

/** The name of the one CouchDB attachment an attachment document carries. */
export const ATTACHMENT_FILE = 'file';
