import { randomBytes } from 'node:crypto';

import { expect, test } from '@playwright/test';

import { BackofficePages } from '../pages/backoffice-pages';
import { DeclarationDetailPage, DeclarationFormPage, RegisterPage } from '../pages/portal-pages';
import { localDatePlusDays } from '../support/dates';
import { decodeQrCode, extractPdfText } from '../support/pdf';
import { E2E_ADMIN, E2E_BASE_URL } from '../support/stack-settings';

const COMPANION_NAME_NFC = 'Nguyễn Trọng Thiện';
const COMPANION_NAME_NFD = COMPANION_NAME_NFC.normalize('NFD');
const LEAD_NAME = 'Rơ Mah Hiếu';

test('traveller files, officer approves, traveller downloads a verifiable PDF', async ({ browser }) => {
  expect(COMPANION_NAME_NFD).not.toBe(COMPANION_NAME_NFC);

  const travellerContext = await browser.newContext();
  const traveller = await travellerContext.newPage();
  const email = `traveller-${randomBytes(4).toString('hex')}@example.test`;
  await new RegisterPage(traveller).register(email, 'correct-horse-battery', LEAD_NAME);

  const form = new DeclarationFormPage(traveller);
  await form.open();
  await form.fillCrossing(/Lệ Thanh/, 'Làm việc', 'Xuất cảnh khỏi Việt Nam', localDatePlusDays(0));
  await form.fillTraveller('Người khai chính', {
    fullName: LEAD_NAME,
    sex: 'Nam',
    dateOfBirth: '17/05/1988',
    nationalitySearch: 'Việt',
    nationality: 'Việt Nam',
    documentType: 'Hộ chiếu',
    documentNumber: 'C1234567',
    documentExpiryDate: localDatePlusDays(400),
  });
  await form.addCompanion();
  await form.fillTraveller('Người đi cùng 1', {
    fullName: COMPANION_NAME_NFD,
    sex: 'Nam',
    dateOfBirth: '02/09/1995',
    nationalitySearch: 'Việt',
    nationality: 'Việt Nam',
    documentType: 'Hộ chiếu',
    documentNumber: 'C7654321',
    documentExpiryDate: localDatePlusDays(500),
  });
  await form.saveDraft();
  await form.submit();
  const declarationUrl = traveller.url();

  const officerContext = await browser.newContext();
  const backoffice = new BackofficePages(await officerContext.newPage());
  await backoffice.signIn(E2E_ADMIN.username, E2E_ADMIN.password);
  await backoffice.approveDeclarationOf(LEAD_NAME);
  await officerContext.close();

  await traveller.goto(declarationUrl);
  const pdf = await new DeclarationDetailPage(traveller).downloadResult();
  const text = await extractPdfText(pdf);
  expect(text).toContain(COMPANION_NAME_NFC);
  expect(text).toContain(LEAD_NAME);

  const verificationUrl = decodeQrCode(pdf);
  expect(verificationUrl).toMatch(new RegExp(`^${E2E_BASE_URL}/verify/[A-Za-z0-9_-]{43}$`));
  await traveller.goto(verificationUrl);
  await expect(traveller.getByText('Hợp lệ', { exact: true })).toBeVisible();
  await travellerContext.close();
});
