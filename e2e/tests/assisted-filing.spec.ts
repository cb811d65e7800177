import { expect, test, type APIRequestContext } from '@playwright/test';

import { AssistedFilingPage } from '../pages/assisted-filing-page';
import { AssistedTruckForm } from '../pages/assisted-truck-form';
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

test('officer files a truck at the counter and prints its PDF', async ({ page }) => {
  const mrz = td3Mrz({
    issuingState: 'VNM',
    nationality: 'VNM',
    surname: 'TRAN',
    givenNames: 'VAN BINH',
    documentNumber: 'C7654321',
    dateOfBirth: '1982-03-09',
    sex: 'M',
    documentExpiryDate: isoDate(localDatePlusDays(900)),
  });
  const counter = new AssistedFilingPage(page);
  const truck = new AssistedTruckForm(page);
  await counter.countPrintRequests();
  await new BackofficePages(page).signIn(E2E_ADMIN.username, E2E_ADMIN.password);

  await counter.openAtLane('Làn 2 – xuất cảnh');
  await truck.open();
  await truck.fillCompany('Công ty Cổ phần Phân bón Gia Lai', '0100233488');
  await truck.fillCounterpart('Sok Agro Co., Ltd.', 'Ban Lung, Ratanakiri');
  await truck.fillPlate('81C-123.45');
  await truck.readDriverMrz(mrz);
  await truck.fillGoodsLine({
    hsCodeSearch: '3105',
    hsCodeOption: /^3105\.20\.00/,
    quantity: '600',
    unit: 'Bao',
    netWeightKg: '30000.1',
    grossWeightKg: '30120.2',
    value: '12000',
    currency: 'USD',
    origin: 'Việt Nam',
  });
  await expect(truck.totals).toContainText('30.000,1 kg (30,0001 tấn)');
  await truck.tickRequiredDocuments();
  await counter.submitAndApprove();

  await expect(page.getByRole('heading', { name: /^Tờ khai LT-/ })).toBeVisible();
  await expect(page.getByText(/Xe 81C-123\.45 – lái xe TRAN VAN BINH/)).toBeVisible();
  await expect(counter.resultFrame).toBeVisible({ timeout: 30_000 });
  const pdf = await page.request.get((await counter.resultFrame.getAttribute('src'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const text = await extractPdfText(await pdf.body());
  expect(text).toContain('TRAN VAN BINH');
  expect(text).toContain('81C-123.45');

  await page.keyboard.press('F8');
  await expect.poll(() => counter.printRequests()).toBe(1);
});
