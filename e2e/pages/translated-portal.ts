import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Page } from '@playwright/test';

/** The interface languages of the portal. */
export type PortalLanguage = 'vi' | 'en' | 'km';

type TranslationTree = { [key: string]: string | TranslationTree };

/** The key under which the portal remembers the chosen language in local storage. */
const LANGUAGE_STORAGE_KEY = 'smartgate.portal.language';

function readTranslations(language: PortalLanguage): TranslationTree {
  const file = join(__dirname, '../../portal/public/i18n', `${language}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as TranslationTree;
}

/**
 * The portal in one interface language. Texts come from the portal's own translation files, so
 * the same steps run in Vietnamese, English and Khmer.
 */
export class TranslatedPortal {
  private readonly translations: TranslationTree;

  constructor(
    private readonly page: Page,
    readonly language: PortalLanguage,
  ) {
    this.translations = readTranslations(language);
  }

  /** Makes every page of the page's context start in this language, as a returning visitor's would. */
  async rememberLanguage(): Promise<void> {
    await this.page
      .context()
      .addInitScript(([key, code]) => window.localStorage.setItem(key, code), [
        LANGUAGE_STORAGE_KEY,
        this.language,
      ] as const);
  }

  /** Returns the translated text of a dotted key such as `declarationForm.submit`. */
  text(key: string, parameters: Record<string, string | number> = {}): string {
    const found = key
      .split('.')
      .reduce<string | TranslationTree | undefined>(
        (node, part) => (typeof node === 'object' ? node[part] : undefined),
        this.translations,
      );
    if (typeof found !== 'string') {
      throw new Error(`No ${this.language} text for ${key}`);
    }
    return Object.entries(parameters).reduce(
      (text, [name, value]) => text.replaceAll(`{{${name}}}`, String(value)),
      found,
    );
  }

  /** Opens a path and waits for its main heading in this language. */
  async open(path: string, headingKey: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1, name: this.text(headingKey) })).toBeVisible();
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.language);
  }

  /** Waits until the declaration form has loaded its gates, then adds one companion. */
  async addCompanion(): Promise<void> {
    const gate = this.page.getByRole('combobox', { name: this.text('fields.gateCode') });
    await expect(gate).toContainText('O Yadav');

    await this.page.getByRole('button', { name: this.text('declarationForm.addCompanion') }).click();
    const companion = this.text('fields.companion', { n: 1 });
    await expect(this.page.getByRole('group', { name: companion, exact: true })).toBeVisible();
  }

  /** Opens the lead traveller's nationality list and waits for its options. */
  async openNationalityList(): Promise<void> {
    const lead = this.page.getByRole('group', { name: this.text('fields.leadTraveller'), exact: true });
    await lead.getByRole('combobox', { name: this.text('fields.nationality') }).click();
    await expect(this.page.getByRole('listbox')).toBeVisible();
  }

  /** Opens the calendar of the planned crossing date and waits for it. */
  async openCrossingCalendar(): Promise<void> {
    await this.page
      .getByRole('button', { name: this.text('datepicker.openCalendar') })
      .first()
      .click();
    await expect(this.page.getByRole('dialog')).toBeVisible();
  }

  /** Closes an open list or calendar with the Escape key, as a keyboard user would. */
  async closeOverlay(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.locator('.cdk-overlay-pane')).toHaveCount(0);
  }

  /** Opens the lead traveller's MRZ panel, enters an MRZ and waits for the outcome message. */
  async enterLeadMrz(mrz: string): Promise<void> {
    const lead = this.page.getByRole('group', { name: this.text('fields.leadTraveller'), exact: true });
    await lead.getByText(this.text('mrz.summary')).click();
    await lead.getByRole('textbox', { name: this.text('fields.mrz') }).fill(mrz);
    await lead.getByRole('button', { name: this.text('mrz.apply') }).click();
    // The fieldset has other live regions too, such as the saved-traveller button's status.
    const rejected = lead.getByRole('alert').filter({ hasText: this.text('mrz.notApplied') });
    const applied = lead.getByRole('status').filter({ hasText: this.text('mrz.applied') });
    await expect(rejected.or(applied)).toBeVisible();
  }

  /** Submits the declaration form as it is, and waits for the message listing the fields to fix. */
  async submitIncompleteDeclaration(): Promise<void> {
    await this.page.getByRole('button', { name: this.text('declarationForm.submit') }).click();
    const message = this.page.getByRole('alert').filter({ hasText: this.text('declarationForm.fixErrors') });
    await expect(message).toBeVisible();
  }

  /** Picks another interface language in the toolbar switch, and waits until the page shows it. */
  async switchTo(other: TranslatedPortal): Promise<void> {
    await this.page.getByRole('combobox', { name: this.text('app.language') }).selectOption(other.language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', other.language);
  }

  /** Waits for a text in this language to be visible. */
  async expectText(key: string): Promise<void> {
    await expect(this.page.getByText(this.text(key), { exact: true }).first()).toBeVisible();
  }
}
