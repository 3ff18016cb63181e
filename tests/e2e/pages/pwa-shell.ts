import type { Locator, Page } from '@playwright/test';

/**
 * The offline shell around every page: the header and its indicator, the main navigation, the
 * store's start-up failure, the new-version prompt.
 */
export class PwaShell {
	readonly banner: Locator;
	readonly nav: Locator;
	/** The page's own title (its one h1), whichever page it is. */
	readonly heading: Locator;
	/** "Bộ nhớ của máy đã đầy …": the store could not start as it should. */
	readonly storeStartFailure: Locator;
	readonly indicator: Locator;
	readonly network: Locator;
	readonly storageWarning: Locator;
	readonly shellWarning: Locator;
	/** "Dùng được khi mất mạng": the header's own word that the app is stored for offline use. */
	readonly shellReady: Locator;
	readonly updatePrompt: Locator;
	readonly acceptUpdate: Locator;
	readonly postponeUpdate: Locator;
	readonly reopenUpdate: Locator;
	readonly brand: Locator;
	readonly languageToggle: Locator;
	/** The marker a test deploy puts in index.html: which version of the build is served. */
	readonly deployedVersion: Locator;

	constructor(readonly page: Page) {
		this.banner = page.getByRole('banner');
		this.nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
		this.heading = page.getByRole('heading', { level: 1 });
		this.storeStartFailure = page.getByTestId('store-start-failure');
		this.indicator = page.getByTestId('connection-indicator');
		this.network = page.getByTestId('network-state');
		this.storageWarning = page.getByTestId('storage-warning');
		this.shellWarning = page.getByTestId('shell-warning');
		this.shellReady = page.getByTestId('shell-ready');
		this.updatePrompt = page.getByRole('region', { name: 'Có phiên bản mới' });
		this.acceptUpdate = this.updatePrompt.getByRole('button', { name: 'Cập nhật ngay' });
		this.postponeUpdate = this.updatePrompt.getByRole('button', { name: 'Để sau' });
		this.reopenUpdate = page.getByRole('button', { name: 'Có phiên bản mới' });
		this.brand = page.getByRole('banner').getByRole('link', { name: /^MotCua/ });
		this.languageToggle = page.getByRole('button', { name: /^(English|Tiếng Việt)$/ });
		this.deployedVersion = page.locator('meta[name="motcua-test-version"]');
	}

	/** Follows link `link` of the main navigation (in-app: no reload). */
	async goTo(link: string): Promise<void> {
		await this.nav.getByRole('link', { name: link }).click();
	}

	/**
	 * Resolves once a service worker controls the page: it has installed (the whole precache is
	 * stored) and activated, so from here the app opens with no network.
	 */
	async waitForOfflineReady(): Promise<void> {
		await this.page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
	}

	/** A value on `window`: it survives anything but a reload, so it proves there was none. */
	async setMarker(value: string): Promise<void> {
		await this.page.evaluate((v) => {
			(window as unknown as { __pwaMarker?: string }).__pwaMarker = v;
		}, value);
	}

	async marker(): Promise<string | undefined> {
		return this.page.evaluate(() => (window as unknown as { __pwaMarker?: string }).__pwaMarker);
	}
}
