import { expect, test, type Browser, type Page } from '@playwright/test';
import { BookPage } from './pages/book-page';
import { DossierPage } from './pages/dossier-page';
import { LiaisonPage } from './pages/liaison-page';
import { PrintedFormPage } from './pages/printed-form-page';
import { SyncPage } from './pages/sync-page';
import { UpstreamReportPage } from './pages/upstream-report-page';
import { navigate, receiveInApp, syncInApp } from './support/in-app';
import { cameraPhoto } from './support/images';

// Issue 17: two browser contexts, a commune officer and the upstream unit's officer, through
// the embedded upstream. Each step of one is seen by the other after a sync, never by reload.
const UNIT = 'Sở Nông nghiệp và Môi trường tỉnh Điện Biên';

async function signedIn(browser: Browser, user: string): Promise<Page> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn(user);
	await sync.waitInSync();
	return page;
}

/** Syncs, then opens dossier `code` from the book (the upstream's book is its inbox). */
async function openAfterSync(page: Page, code: string): Promise<DossierPage> {
	await syncInApp(page);
	await navigate(page, 'Sổ theo dõi');
	await new BookPage(page).openDossier(code);
	const dossier = new DossierPage(page);
	await expect(dossier.status).toBeVisible();
	return dossier;
}

test('intake → transfer up → accept → supplement asked upstream → supplement → resolve upstream → returned at the commune', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const commune = await signedIn(browser, 'officer-99901');
	const upstream = await signedIn(browser, 'upstream');

	// The commune receives and transfers to a catalog unit; the slip names who holds it.
	const code = await receiveInApp(commune, 'Vàng A Sử');
	await navigate(commune, 'Sổ theo dõi');
	await new BookPage(commune).openDossier(code);
	const atCommune = new DossierPage(commune);
	// A photo of the declaration, taken at the desk; it goes up to media-99901 after the records.
	await atCommune.attachFile('to_khai', await cameraPhoto(commune, 'to-khai-lien-thong.jpg', 7));
	// Stored on the device; the live media lane may already be sending it (CI: it was gone from
	// 'pending' before the check), so any state of the one photo will do here.
	await expect(atCommune.photos.getByTestId('photo-row')).toHaveCount(1);
	await atCommune.perform('Chuyển cơ quan khác giải quyết', {
		'Đơn vị cấp trên nhận hồ sơ': UNIT,
		'Lý do': 'Thuộc thẩm quyền giải quyết của cấp tỉnh'
	});
	await expect(atCommune.done).toBeVisible();
	await expect(new LiaisonPage(commune).phase).toHaveAttribute('data-phase', 'sent');
	await syncInApp(commune);
	await navigate(commune, 'Sổ theo dõi');
	await new BookPage(commune).openDossier(code);
	await expect(atCommune.photosIn('uploaded')).toHaveCount(1, { timeout: 30_000 });

	// Upstream: the dossier is in the unit's inbox; it accepts it.
	await syncInApp(upstream);
	await navigate(upstream, 'Sổ theo dõi');
	await expect(new LiaisonPage(upstream).inbox).toContainText(UNIT);
	await expect(new BookPage(upstream).rows.filter({ hasText: code })).toHaveCount(1);
	await upstream.screenshot({ path: 'docs/screenshots/upstream-inbox.png', fullPage: true });
	let up = await openAfterSync(upstream, code);
	// The unit sees the photo sent with the transfer: fetched on opening, shown, opened full size.
	await expect(up.photosIn('fetched')).toHaveCount(1, { timeout: 20_000 });
	await expect(up.unitPhotosNote).toContainText('xem được cả khi mất mạng');
	await up.viewPhoto(/^Xem ảnh Tờ khai/);
	await expect.poll(() => up.viewerImageWidth()).toBe(1600);
	await up.closePhotoViewer();
	// Offline, once seen: the copy kept on the device still opens.
	await upstream.context().setOffline(true);
	await navigate(upstream, 'Sổ theo dõi');
	await new BookPage(upstream).openDossier(code);
	await expect(up.unitPhotosNote).toContainText('Không kết nối được với máy chủ cấp trên');
	await expect(up.photosIn('fetched')).toHaveCount(1);
	await up.viewPhoto(/^Xem ảnh Tờ khai/);
	await expect.poll(() => up.viewerImageWidth()).toBeGreaterThan(0);
	await up.closePhotoViewer();
	await upstream.context().setOffline(false);
	await expect(up.action.locator('option')).toHaveText([
		'—',
		'Tiếp nhận hồ sơ liên thông',
		'Yêu cầu xã bổ sung hồ sơ',
		'Giải quyết, chuyển kết quả về xã',
		'Từ chối giải quyết',
		'Trả hồ sơ về xã'
	]);
	await up.perform('Tiếp nhận hồ sơ liên thông');
	await expect(up.timeline).toContainText('Cấp trên tiếp nhận hồ sơ liên thông');
	await up.perform('Yêu cầu xã bổ sung hồ sơ', {
		'Giấy tờ, nội dung cần bổ sung (mỗi dòng một mục, ghi đủ một lần)':
			'Bản sao sổ hộ khẩu có chứng thực',
		'Lý do': 'Hồ sơ thiếu giấy tờ chứng minh nơi cư trú'
	});
	await expect(up.status).toContainText('Yêu cầu bổ sung');
	await syncInApp(upstream);

	// The commune sees the request, and records the citizen's papers.
	let here = await openAfterSync(commune, code);
	await expect(here.timeline).toContainText('Cấp trên yêu cầu xã bổ sung hồ sơ');
	await expect(here.status).toContainText('Yêu cầu bổ sung');
	await expect(new LiaisonPage(commune).phase).toHaveAttribute('data-phase', 'accepted');
	await here.perform('Đã nhận hồ sơ bổ sung');
	await expect(here.status).toContainText('Đang xử lý');
	await syncInApp(commune);
	await navigate(commune, 'Sổ theo dõi');
	await new BookPage(commune).openDossier(code);
	// The commune cannot decide while upstream holds the dossier.
	await here.perform('Ghi kết quả giải quyết', { 'Số văn bản kết quả': '9/XA' });
	await expect(here.actionErrors).toContainText('đang được cấp trên giải quyết');

	// Upstream resolves; the result goes back to the commune.
	up = await openAfterSync(upstream, code);
	await expect(up.timeline).toContainText('Nhận hồ sơ bổ sung');
	await up.perform('Giải quyết, chuyển kết quả về xã', { 'Số văn bản kết quả': '42/SNNMT' });
	await expect(up.status).toContainText('Đã xử lý xong');
	await syncInApp(upstream);

	here = await openAfterSync(commune, code);
	await expect(here.status).toContainText('Đã xử lý xong');
	await expect(new LiaisonPage(commune).phase).toHaveAttribute('data-phase', 'closed');
	await here.perform('Trả kết quả', { 'Người nhận': 'Vàng A Sử' });
	await expect(here.status).toContainText('Đã trả kết quả');
	await syncInApp(commune);
	await navigate(commune, 'Sổ theo dõi');
	await new BookPage(commune).openDossier(code);
	await expect(new LiaisonPage(commune).levels).toContainText('Tại cấp trên');

	// Form 06 lists who held it when, level by level.
	await here.printLink('06').click();
	const slip = new PrintedFormPage(commune);
	await expect(slip.handOvers).toHaveCount(7);
	expect(await slip.handOvers.evaluateAll((rows) => rows.map((r) => r.dataset.step))).toEqual([
		'received',
		'transferred',
		'upstream_accepted',
		'upstream_supplement_requested',
		'supplement_received',
		'upstream_resolved',
		'returned'
	]);
	await expect(slip.controlSlip).toContainText(UNIT);
	await expect(slip.controlSlip).toContainText('Cấp trên giải quyết, chuyển kết quả về xã');

	// The upstream sees the return too: every step lives in the commune's own database.
	up = await openAfterSync(upstream, code);
	await expect(up.status).toContainText('Đã trả kết quả');

	// The unit's device report (its inbox's records) shows the working days at each level.
	await navigate(upstream, 'Báo cáo');
	await expect(new LiaisonPage(upstream).reportLevels).toBeVisible({ timeout: 20_000 });
	await expect(new LiaisonPage(upstream).reportUpstreamDays).toContainText('ngày làm việc');

	// The upstream report over every commune shows the time spent at each level.
	const report = new UpstreamReportPage(upstream);
	await report.open();
	await report.waitForTitle();
	const levels = new LiaisonPage(upstream);
	await expect(levels.reportLevels).toBeVisible({ timeout: 20_000 });
	await expect(levels.reportUpstreamDays).toContainText('ngày làm việc');
	await expect(levels.reportOnTime).toContainText('%');

	// The commune's own report (its device's records) shows the same levels for its dossiers.
	await navigate(commune, 'Báo cáo');
	await expect(new LiaisonPage(commune).reportLevels).toBeVisible({ timeout: 20_000 });
	await expect(new LiaisonPage(commune).reportBeforeDays).toContainText('ngày làm việc');
});
