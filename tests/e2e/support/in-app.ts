import type { Page } from '@playwright/test';
import { READY_TIMEOUT } from './waits';
import { IntakePage } from '../pages/intake-page';
import { PwaShell } from '../pages/pwa-shell';
import { ReceiptPage } from '../pages/receipt-page';
import { SyncPage } from '../pages/sync-page';

/** In-app navigation: a reload would lock sync again (the password lives only in memory). */
export async function navigate(page: Page, link: string): Promise<void> {
	const shell = new PwaShell(page);
	await shell.goTo(link);
	await shell.heading.waitFor({ state: 'visible', timeout: READY_TIMEOUT });
}

/** Receives a birth registration without leaving the page (sync stays unlocked); its code. */
export async function receiveInApp(page: Page, name: string): Promise<string> {
	const intake = new IntakePage(page);
	await navigate(page, 'Tiếp nhận hồ sơ');
	await intake.fillBirthRegistration(name);
	await intake.save.click();
	return new ReceiptPage(page).printedCode();
}

/** Goes to the sync page by the menu, presses "Đồng bộ ngay" and waits until in sync. */
export async function syncInApp(page: Page): Promise<void> {
	const sync = new SyncPage(page);
	await navigate(page, 'Đồng bộ');
	await sync.syncNow.click();
	await sync.waitInSync();
}
