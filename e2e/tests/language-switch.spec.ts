import { expect, test } from '@playwright/test';

import { TranslatedPortal } from '../pages/translated-portal';
import { registerApplicant } from '../support/api-seed';

test('language switch keeps the typed declaration', async ({ page }) => {
  await registerApplicant(page.request, 'Sok Dara');
  const vietnamese = new TranslatedPortal(page, 'vi');
  const khmer = new TranslatedPortal(page, 'km');
  const english = new TranslatedPortal(page, 'en');
  await vietnamese.open('/declarations/new', 'declarationForm.newHeading');
  const leadName = page.getByRole('textbox', { name: vietnamese.text('fields.fullName') });
  await leadName.fill('Sok Dara');
  await vietnamese.submitIncompleteDeclaration();

  await vietnamese.switchTo(khmer);

  await expect(
    page.getByRole('heading', { level: 1, name: khmer.text('declarationForm.newHeading') }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: khmer.text('fields.fullName') })).toHaveValue('Sok Dara');
  const birthDateMessage = khmer.text('validation.required', {
    field: `${khmer.text('fields.leadTraveller')} – ${khmer.text('fields.dateOfBirth')}`,
  });
  await expect(page.getByText(birthDateMessage)).toBeVisible();

  await khmer.switchTo(english);

  await expect(page.getByRole('textbox', { name: english.text('fields.fullName') })).toHaveValue('Sok Dara');
  await expect(page).toHaveTitle(`${english.text('titles.declaration')} – SmartGate`);
});
