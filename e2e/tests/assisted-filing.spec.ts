import { expect, test, type APIRequestContext } from '@playwright/test';

import { AssistedFilingPage } from '../pages/assisted-filing-page';
import { BackofficePages } from '../pages/backoffice-pages';
import { localDatePlusDays } from '../support/dates';
import { td3Mrz } from '../support/mrz';
import { extractPdfText } from '../support/pdf';
import { E2E_ADMIN } from '../support/stack-settings';

/** Turns the forms' dd/MM/yyyy into the API's YYYY-MM-DD. */
function isoDate(ddMMyyyy: string): string {
  const [day, month, year] = ddMMyyyy.split('/');
  return `${year}-${month}-${day}`;
}

/** Reads the XSRF token that the signed-in page's request context must echo on writes. */
async function csrfToken(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/csrf-token');
  return ((await response.json()) as { token: string }).token;
}

test('officer files for a traveller, prints the PDF and records the crossing', async ({ page }) => {
  const mrz = td3Mrz({
    issuingState: 'KHM',
    nationality: 'KHM',
    surname: 'SOK',
    givenNames: 'DARA',
    documentNumber: 'N01234567',
    dateOfBirth: '1990-05-17',
    sex: 'F',
    documentExpiryDate: isoDate(localDatePlusDays(800)),
  });
  const counter = new AssistedFilingPage(page);
  await counter.countPrintRequests();
  await new BackofficePages(page).signIn(E2E_ADMIN.username, E2E_ADMIN.password);

  await counter.openAtLane('Làn 2 – xuất cảnh');
  await counter.readMrz(mrz);
  await counter.choosePurpose('Thăm thân');
  await counter.submitAndApprove();

  await expect(page.getByRole('heading', { name: /^Tờ khai LT-/ })).toBeVisible();
  await expect(counter.resultFrame).toBeVisible({ timeout: 30_000 });
  const pdfAddress = await counter.resultFrame.getAttribute('src');
  const pdf = await page.request.get(pdfAddress!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const body = await pdf.body();
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(await extractPdfText(body)).toContain('SOK DARA');

  const printButton = page.getByRole('button', { name: /^In kết quả/ });
  await expect(printButton).toBeFocused();
  await page.keyboard.press('F8');
  await expect.poll(() => counter.printRequests()).toBe(1);
  await expect(page.getByRole('button', { name: /^Ghi nhận qua cửa khẩu/ })).toBeFocused();

  await page.keyboard.press('F2');
  await expect(page.getByText('Đã ghi nhận qua cửa khẩu.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Khai hộ người tiếp theo' })).toBeFocused();

  const resultNumber = /LT-\d{4}-\d+/.exec(decodeURIComponent(pdf.headers()['content-disposition']))![0];
  const lookup = await page.request.post('/api/officer/gate/lookups', {
    data: { gateCode: 'LT', laneCode: '2', source: 'keyboard', scanInput: resultNumber },
    headers: { 'X-XSRF-TOKEN': await csrfToken(page.request) },
  });
  expect(((await lookup.json()) as { verdict: string }).verdict).toBe('used');
});
