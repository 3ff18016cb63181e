import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CatalogPage } from './pages/catalog-page';
import { IntakePage } from './pages/intake-page';

const procedures = JSON.parse(readFileSync('src/lib/seed/procedures.json', 'utf8')) as unknown[];

test('the catalog lists every procedure and finds one without accents', async ({ page }) => {
	const catalog = new CatalogPage(page);
	await catalog.open();
	await expect(catalog.shown).toHaveText(`${procedures.length} thủ tục`);
	await catalog.find('khai sinh');
	const cards = catalog.cards;
	await expect(cards.first()).toContainText('Đăng ký khai sinh');
	await expect(cards.first()).toContainText('Trong ngày');
	await expect(cards.first()).toContainText('Tờ khai đăng ký khai sinh');
	await catalog.find('2.000815');
	await expect(cards).toHaveCount(1);
	await expect(cards.first()).toContainText('Chứng thực bản sao từ bản chính');
	await expect(cards.first()).toContainText('2.000 đ');
	const serious = (await new AxeBuilder({ page }).analyze()).violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => v.id)).toEqual([]);
	await catalog.receive(cards.first());
	await expect(new IntakePage(page).chosen).toContainText('2.000815');
});
