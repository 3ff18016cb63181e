import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killProfile, launchProfile } from './pwa/support';
import { HomePage } from './pages/home-page';
import { IntakePage } from './pages/intake-page';
import { ReceiptPage } from './pages/receipt-page';
import { setUpDevice } from './support/device';
import { vnYymmdd } from './support/vn-date';

const codeOf = (seq: number) => `000.01.11.H99-${vnYymmdd()}-${seq}`;

/** Whether the device holds dossier `code` completely: its receipt opens with its documents. */
async function holds(page: Page, code: string): Promise<boolean> {
	await page.goto(`/dossiers/${code}/receipt`);
	const receipt = new ReceiptPage(page);
	const missing = receipt.notFound(code);
	await expect(receipt.code.or(missing)).toBeVisible();
	if (await missing.isVisible()) return false;
	await expect(receipt.sheet).toContainText('Tờ khai đăng ký khai sinh');
	await expect(receipt.sheet).toContainText('Quyển số: 2');
	return true;
}

test('a browser killed during save leaves each dossier fully there or not at all, never half', async ({
	baseURL
}) => {
	test.setTimeout(180_000);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-kill-'));
	const launch = () => launchProfile(dir, { baseURL: baseURL ?? '' });
	const names = ['An', 'Bình', 'Cường', 'Dũng', 'Em', 'Giang', 'Hà', 'Khánh'];
	// SIGKILL every process of this profile at different moments of the save, from before the
	// journal commit to after it: IndexedDB keeps only what had committed.
	const delays = [0, 2, 5, 10, 20, 40, 80, 150];
	try {
		let context = await launch();
		let page = await context.newPage();
		await setUpDevice(page, { slot: 1 });
		for (const [i, delay] of delays.entries()) {
			await test.step(`save ${i + 1}, killed after ${delay} ms`, async () => {
				const intake = new IntakePage(page);
				await intake.open();
				await intake.fillBirthRegistration(`Lò Văn ${names[i] ?? 'Mạnh'}`);
				await intake.save.click();
				await page.waitForTimeout(delay);
				await killProfile(dir);
				await context.close().catch(() => undefined);
			});
			await test.step(`restart after kill ${i + 1}`, async () => {
				context = await launch();
				page = await context.newPage();
			});
		}
		// One more save that completes: its number tells how many the kills left.
		const intake = new IntakePage(page);
		await intake.open();
		await intake.fillBirthRegistration('Lò Văn Cuối');
		await intake.save.click();
		const last = Number((await new ReceiptPage(page).code.textContent())?.slice(-4));
		expect(last).toBeGreaterThanOrEqual(1001);
		expect(last).toBeLessThanOrEqual(1001 + delays.length);
		// Every number before it belongs to a complete dossier: no gap, no half-written one.
		for (let seq = 1001; seq < last; seq++) expect(await holds(page, codeOf(seq))).toBe(true);
		expect(await holds(page, codeOf(last + 1))).toBe(false);
		const home = new HomePage(page);
		await home.open();
		await expect(home.dossierCount).toContainText(`có ${last - 1000} hồ sơ`);
		await context.close();
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

test('two tabs saving at the same time lose nothing, never share a code, and see each other', async ({
	context
}) => {
	test.setTimeout(120_000);
	const a = await context.newPage();
	await setUpDevice(a, { slot: 1 });
	const b = await context.newPage();
	const home = new HomePage(await context.newPage());
	await home.open();
	const rounds = 4;
	const codes: string[] = [];
	for (let i = 0; i < rounds; i++) {
		const forms = [new IntakePage(a), new IntakePage(b)];
		for (const [n, f] of forms.entries()) {
			await f.open();
			await f.fillBirthRegistration(
				`${n === 0 ? 'Lò Thị' : 'Quàng Văn'} ${['Một', 'Hai', 'Ba', 'Bốn'][i]}`
			);
		}
		await Promise.all(forms.map((f) => f.save.click()));
		for (const p of [a, b]) codes.push((await new ReceiptPage(p).code.textContent()) ?? '');
	}
	expect(new Set(codes).size).toBe(rounds * 2);
	expect([...codes].sort()).toEqual(Array.from({ length: rounds * 2 }, (_, i) => codeOf(1001 + i)));
	// The third tab never reloaded: it sees all of them through the live read model.
	await expect(home.dossierCount).toContainText(`có ${rounds * 2} hồ sơ`);
});
