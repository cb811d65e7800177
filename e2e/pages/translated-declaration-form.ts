import { expect, type Page } from '@playwright/test';

import { TravellerSection } from './traveller-section';
import type { TranslatedPortal } from './translated-portal';

/** The crossing part of a declaration, as the traveller types it; the date as dd/MM/yyyy. */
export interface CrossingInput {
  /** The purpose's name in the interface language. */
  purposeName: string;
  direction: 'entry' | 'exit';
  plannedCrossingDate: string;
}

/** The portal's declaration form in one interface language. */
export class TranslatedDeclarationForm {
  constructor(
    private readonly page: Page,
    private readonly portal: TranslatedPortal,
  ) {}

  /** Opens a new declaration from the "My declarations" page. */
  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: this.portal.text('declarationList.newDeclaration') }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.portal.text('declarationForm.newHeading') }),
    ).toBeVisible();
  }

  /** The fieldset of one traveller: 0 is the lead traveller. */
  traveller(position: number): TravellerSection {
    return new TravellerSection(this.page, this.portal, position);
  }

  /** Fills the crossing. Lệ Thanh is the only gate, so the form has already chosen it. */
  async fillCrossing(crossing: CrossingInput): Promise<void> {
    const gate = this.page.getByRole('combobox', { name: this.portal.text('fields.gateCode') });
    await expect(gate).toContainText('O Yadav');

    await this.page.getByRole('combobox', { name: this.portal.text('fields.purposeCode') }).click();
    await this.page.getByRole('option', { name: crossing.purposeName, exact: true }).click();
    await this.page.getByRole('radio', { name: this.portal.text(`direction.${crossing.direction}`) }).check();
    await this.page
      .getByRole('textbox', { name: this.portal.text('fields.plannedCrossingDate') })
      .fill(crossing.plannedCrossingDate);
  }

  /** Adds a companion, who becomes traveller number `position`, and returns their fieldset. */
  async addCompanion(position: number): Promise<TravellerSection> {
    await this.page.getByRole('button', { name: this.portal.text('declarationForm.addCompanion') }).click();
    const companion = this.traveller(position);
    await expect(companion.group).toBeVisible();
    return companion;
  }

  /** Submits the declaration and waits for the page that confirms it is awaiting review. */
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: this.portal.text('declarationForm.submit') }).click();
    await expect(this.page.getByText(this.portal.text('declarationDetail.awaitingReview'))).toBeVisible();
  }

  /** Checks that the form shows the officer's request for changes at its top. */
  async expectChangeRequest(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 2, name: this.portal.text('changeRequest.heading') }),
    ).toBeVisible();
  }
}
