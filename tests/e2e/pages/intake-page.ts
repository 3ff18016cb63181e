import { LockPage } from './lock-page';
import type { Locator, Page } from '@playwright/test';
import { waitForText, waitForTextIn, PAGE_OPEN_TIMEOUT } from '../support/waits';

/** The intake screen (Tiếp nhận hồ sơ). */
export class IntakePage {
	readonly heading: Locator;
	readonly procedure: Locator;
	readonly chosen: Locator;
	readonly appointment: Locator;
	readonly person: Locator;
	readonly name: Locator;
	readonly citizenId: Locator;
	readonly phone: Locator;
	readonly email: Locator;
	readonly address: Locator;
	readonly birthDate: Locator;
	/** "Hình thức nộp": at the desk, by post, taken on the move (`mobile`) … */
	readonly channel: Locator;
	/** "Số lượng hồ sơ (bộ)" and the copies of each document handed in. */
	readonly sets: Locator;
	readonly copies: Locator;
	/** The thumbnails of the document photos added to the form ("Xem ảnh …"). */
	readonly photoPreviews: Locator;
	/** "Nhận lưu động hôm nay": the dossiers taken in the village today. */
	readonly villageToday: Locator;
	/** The note that a half-filled form was brought back ("Đã khôi phục hồ sơ đang nhập dở lúc …"). */
	readonly draftRestored: Locator;
	readonly save: Locator;
	/** "Làm lại": empties the form. */
	readonly reset: Locator;
	readonly errors: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.procedure = page.getByRole('combobox', { name: 'Thủ tục hành chính' });
		this.chosen = page.getByTestId('chosen-procedure');
		this.appointment = page.getByTestId('appointment-preview');
		this.person = page.getByRole('radio', { name: 'Cá nhân' });
		this.name = page.getByLabel('Họ và tên', { exact: true });
		this.citizenId = page.getByLabel('Số định danh cá nhân (12 số)');
		this.phone = page.getByLabel('Số điện thoại');
		this.email = page.getByLabel('Thư điện tử (nếu có)');
		this.address = page.getByLabel('Địa chỉ', { exact: true });
		this.birthDate = page.getByLabel('Ngày sinh (nếu có)');
		this.channel = page.getByLabel('Hình thức nộp');
		this.sets = page.getByLabel('Số lượng hồ sơ (bộ)');
		this.copies = page.getByRole('spinbutton', { name: 'Bản sao' });
		this.photoPreviews = page.getByRole('button', { name: /^Xem ảnh/ });
		this.villageToday = page.getByTestId('village-today');
		this.draftRestored = page.getByText('Đã khôi phục hồ sơ đang nhập dở lúc');
		this.save = page.getByRole('button', { name: 'Lưu và in giấy tiếp nhận' });
		this.reset = page.getByRole('button', { name: 'Làm lại' });
		this.errors = page.getByTestId('intake-errors');
	}

	/** Goes to the intake screen and waits for its title; throws if it never shows. */
	async open(procedure?: string): Promise<void> {
		await this.page.goto(procedure ? `/intake?procedure=${procedure}` : '/intake');
		await new LockPage(this.page).unlockIfLocked();
		await waitForText(this.heading, 'Tiếp nhận hồ sơ', PAGE_OPEN_TIMEOUT);
	}

	async pickProcedure(query: string): Promise<void> {
		await this.procedure.fill(query);
		await this.procedure.press('Enter');
	}

	/** A complete birth registration filled with the mouse-free helpers (fill = typing). */
	async fillBirthRegistration(applicant = 'Nguyễn Thị Hoa'): Promise<void> {
		await this.pickProcedure('dang ky khai sinh');
		await waitForTextIn(this.chosen, '1.001193');
		await this.name.fill(applicant);
		await this.citizenId.fill('001185012345');
		await this.phone.fill('0912 345 678');
		await this.address.fill('Bản Na Sơn, xã Na Sơn, tỉnh Điện Biên');
	}

	/** The checkbox of a document handed in, by its name. */
	document(name: string | RegExp): Locator {
		return this.page.getByRole('checkbox', { name });
	}

	/** The message next to a field, by the field's id (`applicant-name`, `documents` …). */
	fieldError(field: string): Locator {
		return this.page.locator(`#${field}-error`);
	}

	/** Takes a photo of document `docId` with the camera button. */
	async takePhoto(docId: string, file: string): Promise<void> {
		await this.page.getByTestId(`photo-input-${docId}`).setInputFiles(file);
	}

	/** Adds a file (a scan, a photo from the gallery) for document `docId`. */
	async attachFile(docId: string, file: string): Promise<void> {
		await this.page.getByTestId(`file-input-${docId}`).setInputFiles(file);
	}

	/** An answer of the procedure's time-limit question (issue 18), by its label. */
	timeLimitCase(label: string | RegExp): Locator {
		return this.page.getByTestId('time-limit-question').getByRole('radio', { name: label });
	}

	/** "Miễn phí, lệ phí": the law's exemptions of the procedure. */
	get feeExemption(): Locator {
		return this.page.getByLabel('Miễn phí, lệ phí');
	}

	/** The photocopy count ("Bản chụp") of each document handed in. */
	get photocopies(): Locator {
		return this.page.getByRole('spinbutton', { name: 'Bản chụp' });
	}

	/** The message next to document `docId`'s photos. */
	photoError(docId: string): Locator {
		return this.page.locator(`#photos\\.${docId}-error`);
	}
}
