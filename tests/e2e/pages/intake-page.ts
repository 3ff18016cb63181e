import { expect, type Locator, type Page } from '@playwright/test';

/** The intake screen (Tiếp nhận hồ sơ). */
export class IntakePage {
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
	readonly save: Locator;
	readonly errors: Locator;

	constructor(readonly page: Page) {
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
		this.save = page.getByRole('button', { name: 'Lưu và in giấy tiếp nhận' });
		this.errors = page.getByTestId('intake-errors');
	}

	async open(procedure?: string): Promise<void> {
		await this.page.goto(procedure ? `/intake?procedure=${procedure}` : '/intake');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Tiếp nhận hồ sơ');
	}

	async pickProcedure(query: string): Promise<void> {
		await this.procedure.fill(query);
		await this.procedure.press('Enter');
	}

	/** A complete birth registration filled with the mouse-free helpers (fill = typing). */
	async fillBirthRegistration(applicant = 'Nguyễn Thị Hoa'): Promise<void> {
		await this.pickProcedure('dang ky khai sinh');
		await expect(this.chosen).toContainText('1.001193');
		await this.name.fill(applicant);
		await this.citizenId.fill('001185012345');
		await this.phone.fill('0912 345 678');
		await this.address.fill('Bản Na Sơn, xã Na Sơn, tỉnh Điện Biên');
	}
}
