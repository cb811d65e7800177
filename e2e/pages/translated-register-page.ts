import { expect, type Page } from '@playwright/test';

import type { TranslatedPortal } from './translated-portal';

/** The portal's sign-up page in one interface language. */
export class TranslatedRegisterPage {
  constructor(
    private readonly page: Page,
    private readonly portal: TranslatedPortal,
  ) {}

  /**
   * Creates an account from the home page's navigation. The preferred language, which e-mail
   * notices are written in, keeps the interface language it starts with.
   */
  async register(email: string, password: string, fullName: string): Promise<void> {
    await this.portal.open('/', 'home.heading');
    await this.page.getByRole('link', { name: this.portal.text('app.register') }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.portal.text('register.heading') }),
    ).toBeVisible();

    await this.page.getByRole('textbox', { name: this.portal.text('fields.email') }).fill(email);
    await this.page.getByLabel(this.portal.text('fields.password')).fill(password);
    await this.page.getByRole('textbox', { name: this.portal.text('fields.fullName') }).fill(fullName);
    await this.page.getByRole('button', { name: this.portal.text('register.submit') }).click();

    await expect(
      this.page.getByRole('heading', { level: 1, name: this.portal.text('declarationList.heading') }),
    ).toBeVisible();
  }
}
