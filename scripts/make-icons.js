#!/usr/bin/env node
// One-shot: renders the app icons (static/icons/*.png) from the design of static/favicon.svg, a
// blue rounded square with a white M. Run it again only when the design changes; its output is
// committed. Pure Node (node:zlib) so no image library or native code enters the toolchain.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BLUE = [0x0b, 0x53, 0x94];
const WHITE = [0xff, 0xff, 0xff];

// The M of favicon.svg in its 64×64 box: "M14 44V20h8l10 14 10-14h8v24h-7V31l-11 15-11-15v13z".
const M = [
	[14, 44],
	[14, 20],
	[22, 20],
	[32, 34],
	[42, 20],
	[50, 20],
	[50, 44],
	[43, 44],
	[43, 31],
	[32, 46],
	[21, 31],
	[21, 44]
];

/** Even-odd point-in-polygon test. */
function inPolygon(x, y, poly) {
	let inside = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const [xi, yi] = poly[i];
		const [xj, yj] = poly[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Inside a 64×64 square with corner radius r (r = 0: the full square). */
function inRoundedSquare(x, y, r) {
	if (x < 0 || y < 0 || x > 64 || y > 64) return false;
	const cx = Math.min(Math.max(x, r), 64 - r);
	const cy = Math.min(Math.max(y, r), 64 - r);
	return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/**
 * RGBA pixels of the icon, 4×4 supersampled for smooth edges.
 * @param {number} size pixels per side
 * @param {{ radius: number, scale: number }} shape corner radius and M scale in the 64-unit box
 */
function render(size, { radius, scale }) {
	const n = 4;
	const px = Buffer.alloc(size * size * 4);
	for (let py = 0; py < size; py++) {
		for (let pxl = 0; pxl < size; pxl++) {
			let bg = 0;
			let fg = 0;
			for (let sy = 0; sy < n; sy++) {
				for (let sx = 0; sx < n; sx++) {
					const x = ((pxl + (sx + 0.5) / n) * 64) / size;
					const y = ((py + (sy + 0.5) / n) * 64) / size;
					if (!inRoundedSquare(x, y, radius)) continue;
					bg++;
					// Scale the M about the box centre: the maskable icon keeps it in the safe zone.
					if (inPolygon(32 + (x - 32) / scale, 32 + (y - 32) / scale, M)) fg++;
				}
			}
			const o = (py * size + pxl) * 4;
			const f = bg ? fg / bg : 0;
			for (let c = 0; c < 3; c++) px[o + c] = Math.round(BLUE[c] * (1 - f) + WHITE[c] * f);
			px[o + 3] = Math.round((bg / (n * n)) * 255);
		}
	}
	return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
	let c = k;
	for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

/** A truecolour+alpha, 8-bit, non-interlaced PNG (filter 0 on every row). */
function png(size, rgba) {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 6, 0, 0, 0], 8);
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++)
		rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

// "any" icons keep the favicon's rounded corners; the maskable one is full-bleed (the platform
// cuts its own shape) with the M shrunk to stay inside the central 80% safe zone.
const icons = [
	{ file: 'icon-192.png', size: 192, radius: 12, scale: 1 },
	{ file: 'icon-512.png', size: 512, radius: 12, scale: 1 },
	{ file: 'icon-maskable-512.png', size: 512, radius: 0, scale: 0.8 },
	{ file: 'apple-touch-icon-180.png', size: 180, radius: 0, scale: 0.9 }
];

const outDir = path.resolve('static/icons');
fs.mkdirSync(outDir, { recursive: true });
for (const icon of icons) {
	const bytes = png(icon.size, render(icon.size, icon));
	fs.writeFileSync(path.join(outDir, icon.file), bytes);
	console.log(`${icon.file}: ${icon.size}×${icon.size}, ${bytes.length} B`);
}
