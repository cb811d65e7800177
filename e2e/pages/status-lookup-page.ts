import { expect, type Page } from '@playwright/test';

import type { TranslatedPortal } from './translated-portal';

/** The public status lookup page in one interface language. */
export class StatusLookupPage {
  constructor(
    private readonly page: Page,
    private readonly portal: TranslatedPortal,
  ) {}

  /** Submits the empty form and waits for the message under the reference code field. */
  async submitEmpty(): Promise<void> {
    await this.submit();
    const codeField = this.page.getByRole('textbox', { name: this.portal.text('fields.referenceCode') });
    await expect(codeField).toHaveAttribute('aria-invalid', 'true');
  }

  /** Looks up a declaration by reference code and lead traveller's date of birth (dd/MM/yyyy), and waits for its status. */
  async lookUp(referenceCode: string, dateOfBirth: string, expectedStatus: string): Promise<void> {
    await this.page
      .getByRole('textbox', { name: this.portal.text('fields.referenceCode') })
      .fill(referenceCode);
    await this.page
      .getByRole('textbox', { name: this.portal.text('fields.leadDateOfBirth') })
      .fill(dateOfBirth);
    await this.submit();

    const heading = this.portal.text(`statusLookup.status.${expectedStatus}`);
    await expect(this.page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }

  private async submit(): Promise<void> {
    await this.page
      .getByRole('button', { name: this.portal.text('statusLookup.submit'), exact: true })
      .click();
  }
}
