import { describe, expect, it } from 'vitest';
import { expectFailure } from '../../builders/result';
import {
	attachmentDocs,
	checkDossierCap,
	checkInputFile,
	DEFAULT_MEDIA_POLICY,
	digitisation,
	fitLongEdge,
	megabytes
} from '$lib/domain/media';
import { AttachmentDoc } from '$lib/domain/schemas/attachment';
import { buildDossier } from '../../builders/dossier';

const policy = DEFAULT_MEDIA_POLICY;
const MB = 1024 * 1024;

describe('downscaling size', () => {
	it('brings the long edge down to 1600 px, keeping the aspect ratio', () => {
		expect(fitLongEdge(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
		expect(fitLongEdge(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
		expect(fitLongEdge(4032, 1816, 1600)).toEqual({ width: 1600, height: 721 });
	});

	it('never enlarges a small image', () => {
		expect(fitLongEdge(800, 600, 1600)).toEqual({ width: 800, height: 600 });
		expect(fitLongEdge(1600, 900, 1600)).toEqual({ width: 1600, height: 900 });
	});
});

describe('the per-dossier cap', () => {
	it('accepts files within the cap and refuses the whole batch over it, naming the sizes', () => {
		expect(checkDossierCap([2 * MB], [2 * MB], policy)).toEqual({
			ok: true,
			value: { total: 4 * MB }
		});
		const over = checkDossierCap([3 * MB], [1 * MB, 1.5 * MB], policy);
		expectFailure(over);
		expect(over.errors[0]?.field).toBe('photos');
		expect(over.errors[0]?.message).toBe(
			'Ảnh của hồ sơ này sẽ nặng 5,5 MB, vượt mức 5,0 MB cho một hồ sơ. Bỏ bớt ảnh hoặc chụp lại với ít trang hơn.'
		);
	});

	it('refuses what is not an image or a PDF, and a huge input, in Vietnamese', () => {
		expect(checkInputFile(1000, 'image/jpeg', policy).ok).toBe(true);
		expect(checkInputFile(1000, 'application/pdf', policy).ok).toBe(true);
		const word = checkInputFile(1000, 'application/msword', policy, 'photos.to_khai');
		expect(word.ok ? null : word.errors[0]?.message).toBe(
			'Chỉ nhận ảnh (JPEG, PNG…) hoặc tệp PDF.'
		);
		expect(word.ok ? null : word.errors[0]?.field).toBe('photos.to_khai');
		expect(checkInputFile(41 * MB, 'image/jpeg', policy).ok).toBe(false);
		expect(megabytes(5 * MB)).toBe('5,0');
	});
});

describe('attachment documents', () => {
	const dossier = buildDossier({
		documents_received: [
			{ doc_id: 'to_khai', name: 'Tờ khai', originals: 1, copies: 0 },
			{ doc_id: 'giay_chung_sinh', name: 'Giấy chứng sinh', originals: 1, copies: 0 }
		]
	});
	const ctx = {
		now: '2026-03-10T02:00:00.000Z',
		deviceId: 'phone-1',
		officer: { id: 'cb-01', name: 'Lò Văn Minh' }
	};
	const file = (doc_id: string) => ({
		doc_id,
		content_type: 'image/jpeg' as const,
		bytes: 250_000,
		width: 1600,
		height: 1200
	});

	it('are valid documents of their own, named after the dossier and the document', () => {
		const docs = attachmentDocs(dossier, [file('to_khai'), file('giay_chung_sinh')], ctx);
		expect(docs).toHaveLength(2);
		for (const doc of docs) expect(AttachmentDoc.safeParse(doc).success).toBe(true);
		expect(docs[0]?._id).toBe(`attachment:${dossier.code}:to_khai:phone-1:2026031002000000000`);
		expect(docs[1]?.doc_name).toBe('Giấy chứng sinh');
		expect(new Set(docs.map((d) => d._id)).size).toBe(2);
	});

	it('tell how far a dossier is digitised', () => {
		expect(digitisation(dossier, [])).toMatchObject({
			documents: 2,
			digitised: 0,
			complete: false
		});
		expect(digitisation(dossier, [{ doc_id: 'to_khai' }, { doc_id: 'to_khai' }])).toEqual({
			documents: 2,
			digitised: 1,
			complete: false,
			missing: ['Giấy chứng sinh']
		});
		expect(
			digitisation(dossier, [{ doc_id: 'giay_chung_sinh' }, { doc_id: 'to_khai' }]).complete
		).toBe(true);
	});
});
