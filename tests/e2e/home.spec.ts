import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HomePage } from './pages/home-page';

// The numbers the page must show are read from the seed files the build ships, so a page that
// drops, duplicates or fails to parse a procedure fails this test.
const procedures = JSON.parse(readFileSync('src/lib/seed/procedures.json', 'utf8')) as unknown[];
const calendars = JSON.parse(readFileSync('src/lib/seed/calendars.json', 'utf8')) as {
	year: number;
}[];

test('the Vietnamese home page shows the catalog count and calendar years', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const home = new HomePage(page);
	await home.open();

	await expect(home.heading).toHaveText('Bộ phận một cửa');
	await expect(home.catalogCount).toHaveText(`Danh mục có ${procedures.length} thủ tục hành chính`);
	const years = calendars.map((c) => c.year).sort((a, b) => a - b);
	await expect(home.calendarYears).toContainText(years.join(', '));
	await expect(home.root).toHaveAttribute('lang', 'vi');
	expect(errors).toEqual([]);
});

test('the officer can switch to English and back', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await home.languageToggle.click();
	await expect(home.heading).toHaveText('One-stop office');
	await expect(home.catalogCount).toHaveText(
		`The catalog holds ${procedures.length} administrative procedures`
	);
	await home.languageToggle.click();
	await expect(home.heading).toHaveText('Bộ phận một cửa');
});
