import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Test image files, made for each run (no copied fixtures): a phone-camera-sized JPEG drawn by
 * Chromium itself (a page of text lines over noise, so it compresses like a real photo), and a
 * scanned "PDF" of a given size.
 */
export async function cameraPhoto(page: Page, name: string, seed: number): Promise<string> {
	const base64 = await page.evaluate(async (s) => {
		const canvas = new OffscreenCanvas(4000, 3000);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no canvas');
		ctx.fillStyle = '#f3efe4';
		ctx.fillRect(0, 0, 4000, 3000);
		let x = s * 9301 + 49297;
		const rand = () => (x = (x * 9301 + 49297) % 233280) / 233280;
		for (let i = 0; i < 6000; i += 1) {
			ctx.fillStyle = `rgba(${(rand() * 120) | 0},${(rand() * 120) | 0},${(rand() * 120) | 0},0.25)`;
			ctx.fillRect(rand() * 4000, rand() * 3000, 4 + rand() * 30, 4 + rand() * 30);
		}
		ctx.fillStyle = '#111';
		ctx.font = '64px serif';
		for (let line = 0; line < 30; line += 1) {
			ctx.fillText(
				`CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM — dòng ${line} — mẫu ${s}`,
				200,
				200 + line * 90
			);
		}
		const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let text = '';
		for (let i = 0; i < bytes.length; i += 0x8000) {
			text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		}
		return btoa(text);
	}, seed);
	return writeTemp(name, new Uint8Array(Buffer.from(base64, 'base64')));
}

/** A PDF of about `bytes` bytes (a valid header, then padding), as a big scan would be. */
export function scannedPdf(name: string, bytes: number): string {
	const head = new TextEncoder().encode('%PDF-1.4\n% MotCua test scan\n');
	const tail = new TextEncoder().encode('\n%%EOF\n');
	const data = new Uint8Array(Math.max(bytes, head.length + tail.length)).fill(0x20);
	data.set(head, 0);
	data.set(tail, data.length - tail.length);
	return writeTemp(name, data);
}

function writeTemp(name: string, data: Uint8Array): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-img-'));
	const file = path.join(dir, name);
	fs.writeFileSync(file, data);
	return file;
}

/** The photos the device holds (its journal's `photos` store), with their bytes in base64. */
export function devicePhotos(page: Page): Promise<
	{
		id: string;
		dossier_code: string;
		state: string;
		width: number;
		height: number;
		bytes: number;
		sealed: boolean;
		data: string | null;
	}[]
> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('motcua-journal');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
			const req = db.transaction('photos').objectStore('photos').getAll();
			req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
			req.onerror = () => reject(req.error);
		});
		db.close();
		const out = [];
		for (const r of rows) {
			const blob = r.blob as Blob | null;
			let data: string | null = null;
			if (blob) {
				const bytes = new Uint8Array(await blob.arrayBuffer());
				let text = '';
				for (let i = 0; i < bytes.length; i += 0x8000) {
					text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
				}
				data = btoa(text);
			}
			const doc = r.doc as { width: number; height: number };
			out.push({
				id: r.id as string,
				dossier_code: r.dossier_code as string,
				state: r.state as string,
				width: doc.width,
				height: doc.height,
				bytes: r.bytes as number,
				sealed: r.sealed === true,
				data
			});
		}
		return out;
	});
}

/**
 * What upstream holds is the plain file the device holds sealed (issue 19): a JPEG or PDF of the
 * row's size upstream; on the device the same length plus AES-GCM's 12-byte IV and 16-byte tag,
 * and no file signature.
 */
export function isSealedCopyOf(
	upstream: Buffer,
	device: { bytes: number; sealed: boolean; data: string | null }
): boolean {
	const stored = Buffer.from(device.data ?? '', 'base64');
	const signature = (b: Buffer) =>
		b.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) ||
		b.subarray(0, 4).toString('latin1') === '%PDF';
	return (
		device.sealed &&
		upstream.length === device.bytes &&
		stored.length === device.bytes + 28 &&
		signature(upstream) &&
		!signature(stored)
	);
}
