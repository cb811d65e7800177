import { expect, type Locator, type Page } from '@playwright/test';

/** A traveller's details as typed into the portal, dates as dd/MM/yyyy. */
export interface TravellerInput {
  fullName: string;
  sex: 'Nam' | 'Nữ';
  dateOfBirth: string;
  nationalitySearch: string;
  nationality: string;
  documentType: string;
  documentNumber: string;
  documentExpiryDate: string;
}

/** The portal's sign-up page, in Vietnamese. */
export class RegisterPage {
  constructor(private readonly page: Page) {}

  async register(email: string, password: string, fullName: string): Promise<void> {
    await this.page.goto('/register');
    await this.page.getByLabel('E-mail').fill(email);
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.page.getByLabel('Họ và tên').fill(fullName);
    await this.page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(this.page.getByRole('heading', { name: 'Tờ khai của tôi' })).toBeVisible();
  }
}

/** The crossing declaration form of the portal. */
export class DeclarationFormPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Khai báo mới' }).click();
    await expect(this.page.getByRole('heading', { name: 'Tờ khai qua cửa khẩu mới' })).toBeVisible();
  }

  async fillCrossing(gate: RegExp, purpose: string, direction: string, plannedDate: string): Promise<void> {
    await this.chooseOption(this.page.getByRole('combobox', { name: 'Cửa khẩu' }), gate);
    await this.chooseOption(this.page.getByRole('combobox', { name: 'Mục đích' }), purpose);
    await this.page.getByRole('radio', { name: direction }).check();
    await this.page.getByLabel('Ngày dự kiến qua cửa khẩu').fill(plannedDate);
  }

  async addCompanion(): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm người đi cùng' }).click();
  }

  async fillTraveller(groupName: string, traveller: TravellerInput): Promise<void> {
    const group = this.page.getByRole('group', { name: groupName, exact: true });
    await group.getByLabel('Họ và tên').fill(traveller.fullName);
    await group.getByRole('radio', { name: traveller.sex, exact: true }).check();
    await group.getByLabel('Ngày sinh').fill(traveller.dateOfBirth);
    await group.getByLabel('Quốc tịch').fill(traveller.nationalitySearch);
    await this.page.getByRole('option', { name: traveller.nationality, exact: true }).click();
    await this.chooseOption(group.getByRole('combobox', { name: 'Loại giấy tờ' }), traveller.documentType);
    await group.getByLabel('Số giấy tờ').fill(traveller.documentNumber);
    await group.getByLabel('Ngày hết hạn giấy tờ').fill(traveller.documentExpiryDate);
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Đã lưu nháp' })).toBeVisible();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nộp tờ khai' }).click();
    await expect(
      this.page.getByText('Tờ khai đã được nộp và đang chờ cán bộ biên phòng xem xét.'),
    ).toBeVisible();
  }

  private async chooseOption(select: Locator, option: string | RegExp): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option }).click();
  }
}

/** The detail page of one of the applicant's declarations. */
export class DeclarationDetailPage {
  constructor(private readonly page: Page) {}

  /** Waits until the worker has issued the result, then downloads the PDF. */
  async downloadResult(): Promise<Buffer> {
    const link = this.page.getByRole('link', { name: 'Tải kết quả (PDF)' });
    await expect(link).toBeVisible({ timeout: 30_000 });

    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return readFile(path);
  }
}
