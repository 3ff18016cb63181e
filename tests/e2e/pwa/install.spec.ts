import { expect, test } from '@playwright/test';
import { PwaShell } from '../pages/pwa-shell';
import { launchProfile, tempDir } from './support';

interface ManifestIcon {
	src: string;
	sizes: string;
	type: string;
	purpose?: string;
}

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
		return undefined;
	}
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the manifest says who the app is, in Vietnamese, with real icons of the stated sizes', async ({
	request
}) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
	expect(manifest).toMatchObject({
		name: 'MotCua – Một cửa cấp xã',
		short_name: 'MotCua',
		lang: 'vi',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: '#0b5394',
		background_color: '#ffffff'
	});

	const wanted = ['192x192 any', '512x512 any', '512x512 maskable'];
	expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual(wanted);
	for (const icon of manifest.icons) {
		const file = await request.get(icon.src);
		expect(file.headers()['content-type'], icon.src).toBe('image/png');
		const [width, height] = icon.sizes.split('x').map(Number);
		expect(pngSize(await file.body()), icon.src).toEqual({ width, height });
	}
});

test('Chromium finds the app installable', async ({ baseURL }) => {
	const profile = tempDir('motcua-install-');
	const context = await launchProfile(profile.dir, { baseURL: baseURL! });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await new PwaShell(page).waitForOfflineReady();
		const cdp = await context.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		profile.remove();
	}
});
