import { expect, test, type Page } from '@playwright/test';
import { PwaShell } from './pages/pwa-shell';
import { SyncPage } from './pages/sync-page';
import { receiveInApp, syncInApp } from './support/in-app';

// Issue 19, point 4: the app `npm start` serves runs under its Content-Security-Policy (no
// 'unsafe-inline' scripts, no framing) in real Chromium, with every screen of a working day
// opened and a dossier received, printed and synced, and not one violation reported.

/** Every CSP violation the page reports, by the DOM event and by the console. */
async function watchViolations(page: Page): Promise<string[]> {
	const seen: string[] = [];
	await page.exposeFunction('__cspViolation', (text: string) => seen.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation;
			report(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push(m.text());
	});
	return seen;
}

test('the app works under its Content-Security-Policy, with no violation', async ({ page }) => {
	test.setTimeout(120_000);
	const violations = await watchViolations(page);
	const first = await page.goto('/');
	const headers = first!.headers();
	expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/);
	expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');

	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn('officer-99902');
	await sync.waitInSync();
	await receiveInApp(page, 'Quàng Thị Mai');
	await syncInApp(page);
	const shell = new PwaShell(page);
	for (const link of ['Sổ theo dõi', 'Báo cáo', 'Danh mục thủ tục', 'Số thứ tự', 'Thiết bị']) {
		await shell.goTo(link);
		await shell.heading.waitFor({ state: 'visible' });
	}
	await page.goto('/tra-cuu');
	await page.getByRole('heading', { level: 1 }).waitFor();
	expect(violations).toEqual([]);
});

test('no other site can frame the app', async ({ page }) => {
	const framed: string[] = [];
	page.on('console', (m) => framed.push(m.text()));
	await page.setContent('<iframe id="app" title="app"></iframe>');
	const baseURL = test.info().project.use.baseURL!;
	await page.locator('#app').evaluate((f: HTMLIFrameElement, url) => (f.src = url), baseURL);
	await expect
		.poll(() => framed.some((t) => /frame-ancestors|Refused to display/i.test(t)))
		.toBe(true);
});
