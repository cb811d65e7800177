import { expect, type Locator, type Page } from '@playwright/test';

import type { TranslatedPortal } from './translated-portal';

/** A document type's code, as the portal's `documentType.*` texts name them. */
export type DocumentTypeCode =
  'passport' | 'border_pass' | 'border_resident_permit' | 'vn_citizen_id' | 'other';

/** The fields of one traveller's fieldset in the declaration form, in the portal's language. */
export class TravellerSection {
  /** The fieldset's legend, such as "Lead traveller" or "Companion 2". */
  readonly label: string;
  readonly group: Locator;

  constructor(
    private readonly page: Page,
    private readonly portal: TranslatedPortal,
    /** Position in the declaration: 0 is the lead traveller. */
    readonly position: number,
  ) {
    this.label =
      position === 0 ? portal.text('fields.leadTraveller') : portal.text('fields.companion', { n: position });
    this.group = page.getByRole('group', { name: this.label, exact: true });
  }

  /** Finds the text box of a field by its key under `fields.`, such as `documentNumber`. */
  field(key: string): Locator {
    return this.group.getByRole('textbox', { name: this.portal.text(`fields.${key}`), exact: true });
  }

  /** Pastes an MRZ into the traveller's MRZ panel and waits until the portal reports that it filled the fields. */
  async enterMrz(mrz: string): Promise<void> {
    await this.group.getByText(this.portal.text('mrz.summary')).click();
    await this.group.getByRole('textbox', { name: this.portal.text('fields.mrz') }).fill(mrz);
    await this.group.getByRole('button', { name: this.portal.text('mrz.apply') }).click();
    const applied = this.group.getByRole('status').filter({ hasText: this.portal.text('mrz.applied') });
    await expect(applied).toBeVisible();
  }

  async chooseSex(sex: 'male' | 'female'): Promise<void> {
    await this.group.getByRole('radio', { name: this.portal.text(`sex.${sex}`), exact: true }).check();
  }

  /** Types an alpha-3 code into the nationality field and picks the country the list offers for it. */
  async chooseNationality(code: string, countryName: string): Promise<void> {
    await this.group.getByRole('combobox', { name: this.portal.text('fields.nationality') }).fill(code);
    await this.page.getByRole('option', { name: countryName, exact: true }).click();
  }

  async chooseDocumentType(type: DocumentTypeCode): Promise<void> {
    await this.group.getByRole('combobox', { name: this.portal.text('fields.documentType') }).click();
    await this.page
      .getByRole('option', { name: this.portal.text(`documentType.${type}`), exact: true })
      .click();
  }

  /** Chooses a portrait file through the browser's file chooser and waits for the stored photo's preview. */
  async uploadPhoto(photo: Buffer, fileName: string): Promise<void> {
    const chooseButton = this.group.getByRole('button', {
      name: `${this.portal.text('travellerPhoto.choose')} – ${this.label}`,
    });
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), chooseButton.click()]);
    await chooser.setFiles({ name: fileName, mimeType: 'image/jpeg', buffer: photo });

    const preview = this.group.getByRole('img', {
      name: this.portal.text('travellerPhoto.previewAlt', { traveller: this.label }),
    });
    await expect(preview).toBeVisible();
    await expect(this.group.getByText(fileName)).toBeVisible();
  }

  /** Checks that the officer's comment is shown under a field and that the field's control names it in its description. */
  async expectOfficerComment(fieldKey: string, comment: string): Promise<void> {
    await expect(this.group.getByText(comment)).toBeVisible();
    await expect(this.field(fieldKey)).toHaveAccessibleDescription(new RegExp(escapeRegExp(comment)));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
