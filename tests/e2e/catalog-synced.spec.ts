import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CatalogPage } from './pages/catalog-page';
import { SyncPage } from './pages/sync-page';
import { navigate } from './support/in-app';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown[];
const seeded =
	read('src/lib/seed/procedures.json').length + read('src/lib/seed/procedures-commune.json').length;

test('after sync the catalog holds the national commune records, searched without accents and fast', async ({
	page
}) => {
	const sync = new SyncPage(page);
	await sync.open();
	await sync.logIn('officer-99901');
	await sync.waitInSync();
	const catalog = new CatalogPage(page);
	// In-app: a reload would lock sync again before the catalog has come down.
	await navigate(page, 'Danh mục thủ tục');
	// Upstream state is shared by the specs: at least what provisioning seeded.
	await expect
		.poll(async () => Number((await catalog.shown.textContent())?.split(' ')[0]), {
			timeout: 30_000
		})
		.toBeGreaterThanOrEqual(seeded);

	const started = Date.now();
	await catalog.find('khai tu luu dong');
	await expect(catalog.cards.first()).toContainText('1.000419');
	const searchMs = Date.now() - started;
	const card = catalog.cards.first();
	await expect(card).toContainText('Thủ tục đăng ký khai tử lưu động');
	await expect(card).toContainText('5 ngày làm việc');
	await expect(card.getByTestId('procedure-source')).toContainText('Quyết định số 163/QĐ-BTP');
	await expect(card.getByTestId('procedure-source')).toContainText(
		'github.com/hdtruong802/Vietnam-AI-Innovation-Challenge-2026'
	);
	// No fee in the record's words: the card says so instead of a number.
	await expect(card).toContainText('Chưa có');
	test.info().annotations.push({ type: 'search', description: `${searchMs} ms` });
	expect(searchMs).toBeLessThan(2_000);

	await catalog.find('');
	const rendered = Date.now();
	await catalog.find('HỘ TỊCH');
	await expect(catalog.cards.first()).toBeVisible();
	test.info().annotations.push({ type: 'filter', description: `${Date.now() - rendered} ms` });
});
