import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const procedures = JSON.parse(readFileSync('src/lib/seed/procedures.json', 'utf8')) as unknown[];

test('the catalog lists every procedure and finds one without accents', async ({ page }) => {
	await page.goto('/catalog');
	await expect(page.getByTestId('catalog-shown')).toHaveText(`${procedures.length} thủ tục`);
	await page.getByLabel('Tìm thủ tục theo tên hoặc mã (không cần dấu)').fill('khai sinh');
	const cards = page.getByTestId('procedure-card');
	await expect(cards.first()).toContainText('Đăng ký khai sinh');
	await expect(cards.first()).toContainText('Trong ngày');
	await expect(cards.first()).toContainText('Tờ khai đăng ký khai sinh');
	await page.getByLabel('Tìm thủ tục theo tên hoặc mã (không cần dấu)').fill('2.000815');
	await expect(cards).toHaveCount(1);
	await expect(cards.first()).toContainText('Chứng thực bản sao từ bản chính');
	await expect(cards.first()).toContainText('2.000 đ');
	const serious = (await new AxeBuilder({ page }).analyze()).violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(serious.map((v) => v.id)).toEqual([]);
	await cards.first().getByRole('link', { name: 'Tiếp nhận hồ sơ thủ tục này' }).click();
	await expect(page.getByTestId('chosen-procedure')).toContainText('2.000815');
});
