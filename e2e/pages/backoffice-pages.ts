import { expect, type Page } from '@playwright/test';

import { rememberTotpSecret, totpSecretOf, unusedTotpCode } from '../support/officer-totp';

/** The officers' back office, in Vietnamese. */
export class BackofficePages {
  constructor(readonly page: Page) {}

  /** Signs in with the password, then the TOTP code, and waits for the declaration list. */
  async signIn(username: string, password: string): Promise<void> {
    await this.enterCredentials(username, password);
    await expect(this.page.getByRole('heading', { name: 'Danh sách tờ khai' })).toBeVisible();
  }

  /**
   * Runs the password and TOTP steps. On an officer's first sign-in the page shows a new secret,
   * which the test keeps as an authenticator app would, and confirms with its first code.
   */
  async enterCredentials(username: string, password: string): Promise<void> {
    await this.page.goto('/backoffice/login');
    await this.page.getByLabel('Tên đăng nhập').fill(username);
    await this.page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();

    const codeField = this.page.getByLabel('Mã xác thực');
    await expect(codeField).toBeVisible();
    const setupHeading = this.page.getByRole('heading', { name: 'Cài đặt ứng dụng xác thực' });
    if (await setupHeading.isVisible()) {
      await expect(this.page.getByRole('img', { name: /Mã QR/ })).toBeVisible();
      rememberTotpSecret(username, await this.page.getByLabel('Khóa bí mật').inputValue());
    }

    const secret = totpSecretOf(username);
    expect(secret, `the authenticator secret of ${username}`).toBeDefined();
    await codeField.fill(await unusedTotpCode(secret!));
    await this.page.getByRole('button', { name: 'Xác nhận' }).click();
  }

  /** Replaces a password that an administrator set, on the account page that the first sign-in opens. */
  async replaceInitialPassword(currentPassword: string, newPassword: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Tài khoản của tôi' })).toBeVisible();
    await this.page.getByLabel('Mật khẩu hiện tại').fill(currentPassword);
    await this.page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
    await this.page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
    await this.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(this.page.getByRole('heading', { name: 'Danh sách tờ khai' })).toBeVisible();
  }

  async approveDeclarationOf(leadTravellerName: string): Promise<void> {
    await this.page.getByRole('link', { name: leadTravellerName }).click();
    await expect(this.page.getByRole('heading', { name: 'Chi tiết tờ khai' })).toBeVisible();

    // Only the officer holding a declaration may decide it.
    await this.page.getByRole('button', { name: 'Nhận xử lý' }).click();
    await expect(this.page.getByText(/Bạn đang xử lý tờ khai này/)).toBeVisible();
    await this.page.getByRole('button', { name: 'Phê duyệt' }).click();
    await expect(this.page.getByText('Đã phê duyệt tờ khai.')).toBeVisible();
  }
}
