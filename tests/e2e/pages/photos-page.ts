import type { Locator, Page } from '@playwright/test';

/** A dossier's document images laid out for print (In ảnh giấy tờ, /dossiers/…/photos). */
export class PhotosPage {
	readonly images: Locator;

	constructor(readonly page: Page) {
		this.images = page.getByTestId('printed-image');
	}

	/** The natural width, in pixels, of each image as loaded (0 until it is). */
	async imageWidths(): Promise<number[]> {
		return this.images
			.locator('img')
			.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
	}
}
