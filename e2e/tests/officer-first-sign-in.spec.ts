import { expect, test } from '@playwright/test';

import { BackofficePages } from '../pages/backoffice-pages';
import { createOfficerAsAdministrator, signInOfficer } from '../support/api-seed';
import { E2E_ADMIN, E2E_BASE_URL } from '../support/stack-settings';

test('new officer sets up TOTP and a password, then signs in again', async ({ browser, playwright }) => {
  const administrator = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await signInOfficer(administrator, E2E_ADMIN);
  const officer = await createOfficerAsAdministrator(administrator, 'reviewer');
  await administrator.dispose();

  const firstContext = await browser.newContext();
  const firstVisit = new BackofficePages(await firstContext.newPage());
  await firstVisit.enterCredentials(officer.username, officer.initialPassword);
  await firstVisit.replaceInitialPassword(officer.initialPassword, 'my own password 2026');
  await firstContext.close();

  const secondContext = await browser.newContext();
  const secondVisit = new BackofficePages(await secondContext.newPage());
  await secondVisit.signIn(officer.username, 'my own password 2026');
  await expect(secondVisit.page.getByRole('link', { name: 'Tài khoản' })).toBeVisible();
  await secondContext.close();
});
