import { expect, type Page } from '@playwright/test';

/** The officers' back office, in Vietnamese. */
export class BackofficePages {
  constructor(private readonly page: Page) {}

  async signIn(username: string, password: string): Promise<void> {
    await this.page.goto('/backoffice/login');
    await this.page.getByLabel('Tên đăng nhập').fill(username);
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(this.page.getByRole('heading', { name: 'Danh sách tờ khai' })).toBeVisible();
  }

  async approveDeclarationOf(leadTravellerName: string): Promise<void> {
    await this.page.getByRole('link', { name: leadTravellerName }).click();
    await expect(this.page.getByRole('heading', { name: 'Chi tiết tờ khai' })).toBeVisible();

    await this.page.getByRole('button', { name: 'Phê duyệt' }).click();
    await expect(this.page.getByText('Đã phê duyệt tờ khai.')).toBeVisible();
  }
}
