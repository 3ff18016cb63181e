import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';
import { READY_TIMEOUT } from '../support/waits';

/** A dossier's page: state, timeline, lifecycle actions and the document photos panel. */
export class DossierPage {
	readonly status: Locator;
	readonly timeline: Locator;
	/** The steps of the timeline, oldest first. */
	readonly steps: Locator;
	readonly action: Locator;
	readonly done: Locator;
	readonly applicant: Locator;
	readonly appointment: Locator;
	readonly corrections: Locator;
	readonly transfers: Locator;
	/** The form an action is recorded with, and the messages it refuses with. */
	readonly actionForm: Locator;
	readonly actionErrors: Locator;
	/** "Ảnh giấy tờ": the dossier's photos on this device. */
	readonly photos: Locator;
	readonly photoRows: Locator;
	readonly digitised: Locator;
	/** The full view a thumbnail opens. */
	readonly photoViewer: Locator;

	constructor(readonly page: Page) {
		this.status = page.getByTestId('dossier-status');
		this.timeline = page.getByTestId('timeline');
		this.steps = this.timeline.locator('li');
		this.action = page.getByLabel('Chọn thao tác', { exact: true });
		this.done = page.getByTestId('action-done');
		this.applicant = page.getByTestId('dossier-applicant');
		this.appointment = page.getByTestId('dossier-appointment');
		this.corrections = page.getByTestId('dossier-corrections');
		this.transfers = page.getByTestId('dossier-transfers');
		this.actionForm = page.locator('form.action');
		this.actionErrors = this.actionForm.locator('[role="alert"]');
		this.photos = page.getByTestId('dossier-photos');
		this.photoRows = this.photos.getByTestId('photo-row');
		this.digitised = page.getByTestId('digitised');
		this.photoViewer = page.getByRole('dialog');
	}

	/** Goes to dossier `code` and waits for its status; throws if it never shows. */
	async open(code: string): Promise<void> {
		await this.page.goto(`/dossiers/${code}`);
		await new LockPage(this.page).unlockIfLocked();
		await this.status.waitFor({ state: 'visible', timeout: READY_TIMEOUT });
	}

	/** Chooses an action, fills its fields by label and records it. */
	async perform(action: string, fields: Record<string, string> = {}): Promise<void> {
		await this.action.selectOption({ label: action });
		for (const [label, value] of Object.entries(fields)) {
			const field = this.actionForm.getByLabel(label, { exact: true });
			if ((await field.evaluate((el) => el.tagName)) === 'SELECT') {
				await field.selectOption({ label: value });
			} else {
				await field.fill(value);
			}
		}
		await this.record();
	}

	/** Presses "Ghi nhận" on the action form as it stands. */
	async record(): Promise<void> {
		await this.actionForm.getByRole('button', { name: 'Ghi nhận' }).click();
	}

	/** An action form's field by its id (`transfer-to_agency` …), and the message next to it. */
	field(id: string): Locator {
		return this.page.locator(`#${id}`);
	}

	fieldError(id: string): Locator {
		return this.page.locator(`#${id}-error`);
	}

	/** An alert on the page that mentions `text` (the contradictions found, a store not read …). */
	alert(text: string): Locator {
		return this.page.getByRole('alert').filter({ hasText: text });
	}

	/** The link that prints form `form` (02 supplement … 06 control slip); PrintedFormPage opens it. */
	printLink(form: string): Locator {
		return this.page.getByRole('link', { name: `In mẫu ${form}` });
	}

	async reprintReceipt(): Promise<void> {
		await this.page.getByRole('link', { name: 'In lại giấy tiếp nhận' }).click();
	}

	/** The photo rows in state `state` (`pending`, `uploaded`, `dropped`; `fetched` on a unit's device). */
	photosIn(state: string): Locator {
		return this.photos.locator(`[data-state="${state}"]`);
	}

	/** Adds a file for document `docId` from the dossier page. */
	async attachFile(docId: string, file: string): Promise<void> {
		await this.photos.getByTestId(`file-input-${docId}`).setInputFiles(file);
	}

	/** The message next to document `docId`'s photos. */
	photoError(docId: string): Locator {
		return this.photos.locator(`#photos-${docId}-error`);
	}

	/** Taps the thumbnail of the document named `name` for the full view. */
	async viewPhoto(name: RegExp): Promise<void> {
		await this.photos.getByRole('button', { name }).click();
	}

	/** The natural width of the image in the full view (0 until it has loaded). */
	async viewerImageWidth(): Promise<number> {
		return this.photoViewer
			.locator('img')
			.evaluate((img) => (img as HTMLImageElement).naturalWidth);
	}

	/** On an upstream unit's device: what fetching the dossier's photos did (issue 17). */
	get unitPhotosNote(): Locator {
		return this.photos.getByTestId('unit-photos-note');
	}

	async closePhotoViewer(): Promise<void> {
		await this.photoViewer.getByRole('button', { name: 'Đóng' }).click();
	}

	/** Opens the printable page of the dossier's images. */
	async printPhotos(): Promise<void> {
		await this.page.getByRole('link', { name: 'In ảnh giấy tờ' }).click();
	}
}
