import { expect, test, type Locator, type Page } from '@playwright/test';

import { TranslatedPortal } from '../pages/translated-portal';
import { completeDraft, registerApplicant, submitDeclaration } from '../support/api-seed';
import { wcagViolations } from '../support/axe';
import { localDatePlusDays } from '../support/dates';

const LEAD_NAME = 'Sok Dara';
const COMPANION_NAME = 'Chan Sokhom';

async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('traveller saves a companion, adds them to a declaration and repeats a crossing', async ({ page }) => {
  const portal = new TranslatedPortal(page, 'en');
  await portal.rememberLanguage();
  await registerApplicant(page.request, LEAD_NAME);
  const submitted = await submitDeclaration(page.request, completeDraft(LEAD_NAME));

  await test.step('save a companion on the My travellers page', async () => {
    await portal.open('/travellers', 'travellerProfiles.heading');
    await portal.expectText('travellerProfiles.empty');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: portal.text('travellerProfiles.add') }).click();
    const dialog = page.getByRole('dialog', { name: portal.text('travellerProfiles.addTitle') });
    await dialog.getByLabel(portal.text('fields.fullName')).fill(COMPANION_NAME);
    await dialog.getByRole('radio', { name: portal.text('sex.female'), exact: true }).check();
    await dialog.getByLabel(portal.text('fields.dateOfBirth')).fill('02/09/1995');
    await dialog.getByRole('combobox', { name: portal.text('fields.nationality') }).fill('Camb');
    await page.getByRole('option', { name: 'Cambodia', exact: true }).click();
    await chooseOption(
      page,
      dialog.getByRole('combobox', { name: portal.text('fields.documentType') }),
      portal.text('documentType.passport'),
    );
    await dialog.getByLabel(portal.text('fields.documentNumber')).fill('N07654321');
    await dialog.getByLabel(portal.text('fields.documentExpiryDate')).fill(localDatePlusDays(500));
    expect(await wcagViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: portal.text('travellerProfiles.save'), exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: COMPANION_NAME })).toBeVisible();
    await expect(page.getByText(portal.text('travellerProfiles.count', { count: 1, max: 20 }))).toBeVisible();
  });

  await test.step('add the saved companion to a new declaration', async () => {
    await portal.open('/declarations/new', 'declarationForm.newHeading');
    await page.getByRole('button', { name: portal.text('savedTravellers.add') }).click();
    const picker = page.getByRole('dialog', { name: portal.text('savedTravellers.pickTitle') });
    await picker.getByRole('option', { name: new RegExp(COMPANION_NAME) }).click();
    await picker.getByRole('button', { name: portal.text('savedTravellers.addChosen') }).click();
    await expect(picker).toBeHidden();

    const lead = page.getByRole('group', { name: portal.text('fields.leadTraveller'), exact: true });
    await expect(lead.getByLabel(portal.text('fields.fullName'))).toHaveValue(COMPANION_NAME);
    await expect(lead.getByLabel(portal.text('fields.documentNumber'))).toHaveValue('N07654321');
  });

  await test.step('repeat the submitted declaration without its date', async () => {
    await portal.open(`/declarations/${submitted.id}`, 'declarationDetail.heading');
    await page.getByRole('button', { name: portal.text('repeat.button'), exact: true }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: portal.text('declarationForm.editHeading') }),
    ).toBeVisible();
    await portal.expectText('repeat.notice');
    expect(page.url()).not.toContain(submitted.id);
    const lead = page.getByRole('group', { name: portal.text('fields.leadTraveller'), exact: true });
    await expect(lead.getByLabel(portal.text('fields.fullName'))).toHaveValue(LEAD_NAME);
    await expect(page.getByLabel(portal.text('fields.plannedCrossingDate'))).toHaveValue('');
    expect(await wcagViolations(page)).toEqual([]);
  });
});
