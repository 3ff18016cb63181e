import type { Locator, Page } from '@playwright/test';

/** The one-stop across levels (issue 17): the upstream unit's inbox and the liaison marks. */
export class LiaisonPage {
	/** The banner that makes the book an upstream unit's inbox. */
	readonly inbox: Locator;
	/** On a dossier page: the phase of the transfer to a unit, and hours at each level. */
	readonly phase: Locator;
	readonly levels: Locator;
	/** On a report: the table of working days at each level and the whole chain's on-time rate. */
	readonly reportLevels: Locator;
	readonly reportBeforeDays: Locator;
	readonly reportUpstreamDays: Locator;
	readonly reportOnTime: Locator;

	constructor(readonly page: Page) {
		this.inbox = page.getByTestId('liaison-inbox');
		this.phase = page.getByTestId('liaison-phase');
		this.levels = page.getByTestId('dossier-levels');
		this.reportLevels = page.getByTestId('report-levels');
		this.reportBeforeDays = page.getByTestId('level-before');
		this.reportUpstreamDays = page.getByTestId('level-upstream');
		this.reportOnTime = page.getByTestId('level-on-time');
	}
}
