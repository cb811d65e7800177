import { randomBytes } from 'node:crypto';

import { expect, test } from '@playwright/test';

import { KeyboardUser } from '../pages/keyboard-user';
import { TranslatedPortal } from '../pages/translated-portal';
import { localDatePlusDays } from '../support/dates';

const LEAD_NAME = 'Lê Thị Hồng';

test('traveller signs up and submits a declaration by keyboard alone', async ({ page }) => {
  const portal = new TranslatedPortal(page, 'vi');
  const keyboard = new KeyboardUser(page);
  await page.goto('/');

  await test.step('the skip link comes first and moves focus to the main content', async () => {
    const skipLink = page.getByRole('link', { name: portal.text('app.skipToContent') });
    // The first Tab must reach the rendered app, not a page still starting on a loaded machine.
    await expect(
      page.getByRole('main').getByRole('link', { name: portal.text('home.createAccount') }),
    ).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(skipLink).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('main').getByRole('link', { name: portal.text('home.createAccount') }),
    ).toBeFocused();
  });

  await test.step('sign up', async () => {
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: portal.text('register.heading') }),
    ).toBeVisible();

    const form = page.getByRole('main');
    await keyboard.typeInto(
      form.getByLabel(portal.text('fields.email')),
      `keyboard-${randomBytes(4).toString('hex')}@example.test`,
    );
    await keyboard.typeInto(form.getByLabel(portal.text('fields.password')), 'correct-horse-battery');
    await keyboard.typeInto(form.getByLabel(portal.text('fields.fullName')), LEAD_NAME);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: portal.text('declarationList.heading') }),
    ).toBeVisible();
  });

  await test.step('fill the crossing', async () => {
    await keyboard.activate(page.getByRole('link', { name: portal.text('declarationList.newDeclaration') }));
    await expect(
      page.getByRole('heading', { level: 1, name: portal.text('declarationForm.newHeading') }),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: portal.text('fields.gateCode') })).toContainText(
      'O Yadav',
    );

    await keyboard.choose(
      page.getByRole('combobox', { name: portal.text('fields.purposeCode') }),
      'Làm việc',
    );
    await keyboard.check(
      page.getByRole('radiogroup', { name: portal.text('fields.direction') }),
      portal.text('direction.exit'),
    );
    await keyboard.typeInto(page.getByLabel(portal.text('fields.plannedCrossingDate')), localDatePlusDays(1));
  });

  await test.step('fill the lead traveller, typing every date', async () => {
    const lead = page.getByRole('group', { name: portal.text('fields.leadTraveller'), exact: true });
    await keyboard.typeInto(lead.getByLabel(portal.text('fields.fullName')), LEAD_NAME);
    await keyboard.check(
      lead.getByRole('radiogroup', { name: portal.text('fields.sex') }),
      portal.text('sex.female'),
    );
    await keyboard.typeInto(lead.getByLabel(portal.text('fields.dateOfBirth')), '17/05/1990');

    await keyboard.typeInto(lead.getByRole('combobox', { name: portal.text('fields.nationality') }), 'Việt');
    await expect(page.getByRole('option', { name: 'Việt Nam', exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(lead.getByRole('combobox', { name: portal.text('fields.nationality') })).toHaveValue(
      'Việt Nam',
    );

    await keyboard.choose(
      lead.getByRole('combobox', { name: portal.text('fields.documentType') }),
      portal.text('documentType.passport'),
    );
    await keyboard.typeInto(lead.getByLabel(portal.text('fields.documentNumber')), 'C2345678');
    await keyboard.typeInto(
      lead.getByLabel(portal.text('fields.documentExpiryDate')),
      localDatePlusDays(400),
    );
  });

  await test.step('the draft is saved on the way, without pressing Save', async () => {
    const savedPrefix = portal.text('declarationForm.draftSaved').split('{{time}}')[0];
    await expect(page.getByRole('status').filter({ hasText: savedPrefix })).toBeVisible();
    await expect(page).toHaveURL(/\/declarations\/[0-9a-f-]{36}$/);
  });

  await test.step('a dialog keeps focus inside and gives it back on Escape', async () => {
    const opener = page.getByRole('button', { name: portal.text('savedTravellers.add') });
    await keyboard.activate(opener);
    const dialog = page.getByRole('dialog', { name: portal.text('savedTravellers.pickTitle') });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(portal.text('savedTravellers.none'))).toBeVisible();

    for (let presses = 0; presses < 6; presses++) {
      await page.keyboard.press('Tab');
      await expect(dialog.locator(':focus')).toHaveCount(1);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  await test.step('submit', async () => {
    await keyboard.activate(page.getByRole('button', { name: portal.text('declarationForm.submit') }));
    await expect(page.getByText(portal.text('declarationDetail.awaitingReview'))).toBeVisible();
  });
});
